"""Where an election's post is held: at the body its chain names, else at the union
named last before the elected name (:mod:`.elections`, :mod:`.officer_lists`).

Kept apart from the readers of elections so that each stays short; both read a chain of
no body the same way (选举某为主席 after 县总工会: that federation's chair)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import is_department, suffix_types, words
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.organisations.union_committees import union_of_committee
from gonghui_build.extract.people.name_length import TITLE_REACH, addresses_someone
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.title_notes import past_title_note
from gonghui_build.extract.people.titles import (
    TitleClaim,
    chain_filling_clause,
    parse_chain,
    shifted_claim,
    trade_of_title,
)
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import UNION_TYPES, MentionSource

#: The organisation types of unions and federations, where an election's post of no body is held.


def held_at_union(
    claims: list[TitleClaim],
    name_start: int,
    known: Sequence[OrgSpan],
    earlier: OrgSpan | None,
) -> tuple[TitleClaim, ...]:
    """A chain's claims, each held at the union named last before the name when the
    chain names no body, or only a union's department (乙当选为女职工委员会主任: that
    union's 女职工委员会; after a bare 工会 item, 工会女职工委员会, which the body named
    before completes: :mod:`.named_before`); none when no union is named either."""
    if not claims or any(c.org_written and not is_department(c.org_written) for c in claims):
        return tuple(claims)
    union = next(
        (u for k in reversed(known) if k.end <= name_start and (u := _union_of(k))),
        earlier,
    )
    if any(c.org_written for c in claims) and union is None:
        return tuple(claims)  # a department of no union the text names: as printed
    union = _society_before(claims, name_start, known) or union
    if union is None:
        return ()  # 选举某为主席 of no body the paragraph names: whose chair is unknown
    return tuple(
        TitleClaim(
            c.title,
            c.title_normalised,
            union.written + (c.org_written or ""),
            union.start,
            c.start,
            c.end,
        )
        for c in claims
    )


def _society_before(
    claims: Sequence[TitleClaim], name_start: int, known: Sequence[OrgSpan]
) -> OrgSpan | None:
    """The society named last before the name in the paragraph (市职工书画协会召开换届
    会议，选举某某为会长: ``titles.yaml`` society_suffixes) when every post of the chain is
    a society's of no body (会长, 理事长, 秘书长: society_posts, a modifier before it); a
    union has no 会长, so the union named before holds none of them. None otherwise."""
    posts = lexicon.words("titles.yaml", "society_posts")
    modifiers = lexicon.words("titles.yaml", "modifiers")
    for c in claims:
        base = posts.ending(c.title_normalised)
        rest = c.title_normalised[: -len(base)] if base else None
        if c.org_written or rest is None or (rest and rest not in modifiers):
            return None
    suffixes = lexicon.words("titles.yaml", "society_suffixes")
    return next(
        (k for k in reversed(known) if k.end <= name_start and suffixes.ending(k.written)),
        None,
    )


def _union_of(span: OrgSpan) -> OrgSpan | None:
    """The union a name read in the text is, or whose department it is (大会产生了校工会
    女职工委员会，某某当选为女职工委员会主任: the committee just set up is that union's);
    None for any other body."""
    if is_union(span):
        return span
    department = words("departments").ending(span.written)
    stem = span.written[: -len(department)] if department else ""
    if not stem or not stem.endswith(tuple(words("union_suffix"))):
        return None
    suffix = words("union_suffix").ending(stem) or ""
    return OrgSpan(span.start, span.start + len(stem), stem, suffix, suffix_types()[suffix])


def is_union(span: OrgSpan) -> bool:
    """Whether a name read in the text is a union's or a federation's, or a union's
    committee (一、镇总工会委员会: the union itself, heading a roster of its officers)."""
    if union_of_committee(span.written) is not None:
        return True
    return suffix_types().get(span.suffix) in UNION_TYPES  # a Corps regiment has none


def elected_hit(name: str, start: int, claims: tuple[TitleClaim, ...]) -> NameHit:
    return NameHit(name, start, start + len(name), MentionSource.title_before_name, 0.85, claims)


def past_titles_listed(text: str, end: int, clause: str, tokens: Sequence[Token]) -> int:
    """Where a post's chain ends when bare titles follow it with 、 to the clause's end
    (增补甲为县总工会委员、常委，…; ``clause``: the marks that end one): the titles are
    the same person's, held where the chain's are; ``end`` itself when a name or anything
    else follows the 、 (选举甲为主席、乙为副主席: the next item). A title of a trade read
    whole (甲先后任某厂班长、车间主任: ``tokens`` read 车间主任 one noun) is bare too; a
    note on how the last is held (、副主席（兼职）: ``titles.yaml`` title_notes) may
    close the clause after it (real_dev19's by-election)."""
    while end < len(text) and text[end] == "、" and (title := _bare_title(text, end + 1, tokens)):
        after = past_title_note(text, title.end())  # 、副主席|（兼职）|，: how it is held
        if after < len(text) and text[after] not in clause:
            break
        end = title.end()
    return end


#: The longest trade printed before a bare title (车间|主任), in characters.
_LONGEST_TRADE = 3


def _bare_title(text: str, start: int, tokens: Sequence[Token]) -> re.Match[str] | None:
    """The title printed at ``start``, or after a trade the tokens read whole with it
    (车间主任; :func:`.titles.trade_of_title`); None when neither is."""
    regex = lexicon.titles().regex
    if title := regex.match(text, start):
        return title
    for k in range(start + 2, min(len(text), start + _LONGEST_TRADE + 1)):
        title = regex.match(text, k)
        if title and trade_of_title(text, start, k, tokens) == text[start:k]:
            return title
    return None


def title_ends_at(text: str, k: int) -> bool:
    """A title ends right at ``k`` (某学院教授|施某当选为…): the name after it opens the
    item as a clause's start does, its title read as the titled name's; not a surname and
    a title addressing someone (李主席|王某)."""
    title = lexicon.titles().at_end.search(text, max(0, k - TITLE_REACH), k)
    return title is not None and not addresses_someone(text, title.start())


def chain_after_verb(text: str, at: int, end: int, tokens: list[Token]) -> list[TitleClaim]:
    """The chain ending at ``end`` read from the verb's end ``at`` on: the name and the
    verb before it (甲任|企业工会主席, 选举乙为|公司工会主席) are no part of its body;
    a chain that reaches no further left reads as before."""
    claims = parse_chain(text, end, tokens)
    if all(c.start >= at for c in claims):
        return claims
    return [shifted_claim(c, at) for c in parse_chain(text[at:], end - at)]


def whole_clause_chain(
    text: str, at: int, claims: tuple[TitleClaim, ...], tokens: list[Token]
) -> tuple[TitleClaim, ...]:
    """甲此前任某区委常委、组织部部长: the chain read up to the first 、 (常委) when the
    whole clause after the verb is one longer chain whose later item names its own
    department of the same body (组织部部长, held at 某区委组织部, ANNOTATION.md): the
    clause's chain, as a post after a mark of tenure is read (:func:`.titles.
    chain_filling_clause`); else the chain as read. The items must follow each other
    with 、 alone between them: 选举甲为主席、乙为副主席 is two elections."""
    if not claims:
        return claims
    whole = chain_filling_clause(text, at, tokens)
    if len(whole) <= len(claims) or whole[0].start != claims[0].start:
        return claims
    gaps = (text[a.end : b.start] for a, b in pairwise(whole))
    return whole if all(g in ("", "、") for g in gaps) else claims
