"""Posts stated by an election or appointment: ``选举韩立民为主席``, ``穆秀兰当选为主
席``, ``赵景山任主席`` (the words in ``reference/people.yaml``: election_before,
election_after).

A yearbook or a gazetteer lists a body's chairs this way, often without naming the body
again: a title of no body is held at the last union named before it in the paragraph
(召开第四次会员代表大会，选举韩立民为主席 after 县总工会); with none, the post is not
stated.
"""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.grammar import OrgSpan
from gonghui_build.extract.organisations.names import suffix_types
from gonghui_build.extract.people.name_length import name_after
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.titles import TitleClaim, parse_chain
from gonghui_build.text.names import is_plausible_name
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource, OrgType

#: Characters a name after an election verb or before 当选/任 stands between.
_CLAUSE = "，。；：、\n "
_UNIONS = (OrgType.union, OrgType.union_federation)
#: The longest chain read after an election verb (某县总工会第十届经费审查委员会主任).
_MAX_CHAIN = 24


def _words(section: str) -> lexicon.Words:
    return lexicon.words("people.yaml", section)


def _claims(
    text: str, at: int, name_start: int, tokens: list[Token], known: Sequence[OrgSpan]
) -> tuple[TitleClaim, ...]:
    """The titles a chain starting at ``at`` states, each held at the union named last
    before the name when the chain names no body."""
    title = lexicon.titles().regex.match(text, at)
    if title is None:
        limit = min(len(text), at + _MAX_CHAIN)
        stop = min((k for k in range(at, limit) if text[k] in _CLAUSE), default=limit)
        title = lexicon.titles().at_end.search(text, at, stop)
        if title is None:
            return ()
    claims = parse_chain(text, title.end(), tokens)
    if any(c.org_written for c in claims) or not claims:
        return tuple(claims)
    union = next(
        (k for k in reversed(known) if k.end <= name_start and suffix_types()[k.suffix] in _UNIONS),
        None,
    )
    if union is None:
        return ()  # 选举某为主席 of no body the paragraph names: whose chair is unknown
    return tuple(
        TitleClaim(c.title, c.title_normalised, union.written, union.start, c.start, c.end)
        for c in claims
    )


def elected_names(text: str, tokens: list[Token], known: Sequence[OrgSpan] = ()) -> list[NameHit]:
    """Names with the posts an election or appointment gives them (``known``: the
    organisation names the article's reading found in ``text``)."""
    hits: list[NameHit] = []
    for verb in _words("election_before").finditer(text):
        name = name_after(text, verb.end(), tokens)
        if name is None or not text.startswith("为", verb.end() + len(name)):
            continue
        start = verb.end()
        claims = _claims(text, start + len(name) + 1, start, tokens, known)
        if claims:
            hits.append(
                NameHit(
                    name, start, start + len(name), MentionSource.title_before_name, 0.85, claims
                )
            )
    for verb in _words("election_after").finditer(text):
        for size in (3, 2):
            start = verb.start() - size
            name = text[start : verb.start()]
            opens = start == 0 or text[start - 1] in _CLAUSE
            if start < 0 or not opens or not is_plausible_name(name, strong_context=True):
                continue
            claims = _claims(text, verb.end(), start, tokens, known)
            if claims:
                hits.append(
                    NameHit(
                        name, start, verb.start(), MentionSource.title_before_name, 0.85, claims
                    )
                )
            break
    return hits
