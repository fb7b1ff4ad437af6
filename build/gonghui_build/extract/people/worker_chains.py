"""Posts printed before a worker described by the body they work at or by their trade:
``全国人大代表、某公司某车间职工某某``, ``全国人大代表、某工厂某部维修培训师某某``. The last
item of such a chain is a body and a noun for its people (``titles.yaml`` not_posts: 职工,
工人, 员工) or an occupation (a described post), which is no title, so no chain was read
before the name and the posts before it were lost. The posts of the chain ending at the
separator before that item are the person's (a deputy to a people's congress, a union's
post, a company's rank); only those held at a named body, as a weak title of no body is
a description (``rules.py``)."""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.name_length import TITLE_REACH
from gonghui_build.extract.people.titles import TitleClaim, parse_chain
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token

#: The longest body printed between the chain's separator and the worker's noun.
_BODY_REACH = 30
#: The separator between a chain's posts and its last item.
_SEPARATOR = "、"


def posts_before_an_item(text: str, item_start: int, tokens: list[Token]) -> tuple[TitleClaim, ...]:
    """The posts held at a named body of the chain that ends at the separator right
    before ``item_start`` (全国人大代表、|某公司…), or () when no title ends there."""
    sep = item_start - 1
    if sep <= 0 or text[sep] != _SEPARATOR:
        return ()
    if lexicon.titles().at_end.search(text, max(0, sep - TITLE_REACH), sep) is None:
        return ()
    return tuple(c for c in parse_chain(text, sep, tokens) if c.org_written)


def posts_before_a_worker(
    text: str, name_start: int, tokens: list[Token], known: Sequence[OrgSpan]
) -> tuple[TitleClaim, ...]:
    """The posts of a chain closed by ``<body><worker's noun>`` right before the name at
    ``name_start`` (全国人大代表、某公司热轧车间职工|某某), or (): the body must be one the
    article's reading found (``known``), opening right after the separator."""
    worker = lexicon.words("titles.yaml", "not_posts").ending(text, name_start)
    if not worker:
        return ()
    body_end = name_start - len(worker)
    sep = text.rfind(_SEPARATOR, max(0, body_end - _BODY_REACH), body_end)
    if sep <= 0 or not all(is_cjk(c) for c in text[sep + 1 : body_end]):
        return ()
    if not any(s.start == sep + 1 and s.end <= body_end for s in known):
        return ()
    return posts_before_an_item(text, sep + 1, tokens)


def posts_before_a_described_post(
    text: str, claims: Sequence[TitleClaim], tokens: list[Token]
) -> tuple[TitleClaim, ...]:
    """``claims`` with the posts of a chain printed before them when every one is a post
    the phrase before the name describes (全国人大代表、|某工厂某部维修培训师某某)."""
    if not claims or not all(c.described for c in claims):
        return tuple(claims)
    before = posts_before_an_item(text, min(c.start for c in claims), tokens)
    return before + tuple(claims)
