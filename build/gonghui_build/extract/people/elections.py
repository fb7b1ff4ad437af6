"""Posts stated by an election or appointment: ``选举韩立民为主席``, ``穆秀兰当选为主
席``, ``赵景山任主席`` (the words in ``reference/people.yaml``: election_before,
election_after).

A yearbook or a gazetteer lists a body's chairs this way, often without naming the body
again: a title of no body is held at the last union named before it in the paragraph
(召开第四次会员代表大会，选举韩立民为主席 after 县总工会), else at the last union an
earlier paragraph or heading of the article names (a section headed 县总工会 whose
congress paragraphs name none); with none, the post is not stated. One election often
states several posts: 选举甲为主席、乙为副主席 (each name after the first with its own
为), 甲、乙当选为副主席 (names listed before the verb share the post).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import (
    suffix_of,
    suffix_types,
)
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.appointed_subjects import (
    career_subject,
    moved_from_before,
    opens_with_time_only,
    past_time_before,
    posts_of_no_union,
    subject_after_clause,
)
from gonghui_build.extract.people.cleft_posts import cleft_name, cleft_stop
from gonghui_build.extract.people.committee_elections import (
    committee_before,
    posts_of_committee,
)
from gonghui_build.extract.people.concurrent_posts import titled_name_may_precede
from gonghui_build.extract.people.elected_lists import (
    CLAUSE,
    MAX_LISTED,
    address_at,
    counted_list,
    listed_before,
    name_ending_at,
    past_address,
    titled_name_start,
)
from gonghui_build.extract.people.election_claims import (
    chain_after_verb,
    elected_hit,
    held_at_union,
    past_titles_listed,
    whole_clause_chain,
)
from gonghui_build.extract.people.glued_adverbs import adverb_before_post_verb, read_as_name
from gonghui_build.extract.people.name_length import name_after
from gonghui_build.extract.people.name_notes import note_start
from gonghui_build.extract.people.officer_lists import officer_names
from gonghui_build.extract.people.removed_posts import with_removed_posts
from gonghui_build.extract.people.respective_elections import respective_names
from gonghui_build.extract.people.role_occupations import role_occupation_names
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.title_notes import before_title_note
from gonghui_build.extract.people.titled_items import titled_items_before_wei
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.text.names import is_common_word, is_name_shaped
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import UNION_TYPES

#: What stands between one name an election states a post for and the next.
_NEXT_NAMED = "，、；"
#: The longest chain read after an election verb (某县总工会第十届经费审查委员会主任).
_MAX_CHAIN = 24


def _words(section: str) -> lexicon.Words:
    return lexicon.words("people.yaml", section)


def _claims(
    text: str,
    at: int,
    name_start: int,
    tokens: list[Token],
    known: Sequence[OrgSpan],
    earlier: OrgSpan | None = None,
    bare: bool = False,
) -> tuple[TitleClaim, ...]:
    """The titles a chain starting at ``at`` states, each held at the union named last
    before the name when the chain names no body (``earlier``: the union an earlier
    paragraph names, its offsets counted from this paragraph's start); with ``bare``, a
    chain of no body and no union named is kept as printed when no post of it is a
    union's (:func:`.appointed_subjects.posts_of_no_union`). A word of time closing the
    clause (甲担任某公司工会主席以来，) is no part of the chain, nor is a note on how the
    post is held closing it (甲任某部副部长（主持工作）; ``titles.yaml`` title_notes): the
    notes' reader read past it before a name only, so the post was lost (real_dev19)."""
    title = lexicon.titles().regex.match(text, at)
    if title is None:
        limit = min(len(text), at + _MAX_CHAIN)
        stop = min((k for k in range(at, limit) if text[k] in CLAUSE), default=limit)
        stop -= len(_words("election_time_words").ending(text, stop) or "")
        stop = before_title_note(text, stop)  # 甲为某工会副主席|（兼职）: how it is held
        title = lexicon.titles().at_end.search(text, at, stop)
        if title is None:
            return ()
    claims = chain_after_verb(
        text, at, past_titles_listed(text, title.end(), CLAUSE, tokens), tokens
    )
    claims = whole_clause_chain(text, at, claims, tokens)
    held = held_at_union(claims, name_start, known, earlier)
    return posts_of_no_union(claims) if bare and not held else held


def _named_for(
    text: str,
    start: int,
    tokens: list[Token],
    known: Sequence[OrgSpan],
    earlier: OrgSpan | None,
) -> tuple[list[NameHit], Sequence[OrgSpan]]:
    """The name at ``start`` with the post its ``为`` states (选举|甲为主席), then each
    further name the election lists with its own 为 (，乙为副主席、丙为委员); and
    ``known`` with the union the items named (:func:`_with_union_of`)."""
    hits: list[NameHit] = []
    while start < len(text):
        names = _names_before_wei(text, start, tokens)
        names = names or titled_items_before_wei(text, start, tokens)
        if not names:
            break
        name, at = names[-1]
        verb = at + len(name) + address_at(text, at + len(name))
        claims = _claims(text, verb + 1, start, tokens, known, earlier)
        if not claims:
            break
        hits += [elected_hit(n, k, claims) for n, k in names]
        known = _with_union_of(claims, known)
        end = max(c.end for c in claims)
        if end >= len(text) or text[end] not in _NEXT_NAMED:
            break
        start = end + 1
    return hits, known


def _with_union_of(claims: tuple[TitleClaim, ...], known: Sequence[OrgSpan]) -> list[OrgSpan]:
    """``known`` and the union an item of an election names (选举甲为公司工会主席): the
    last union named before the next items, which name none (，乙为副主席), so that they
    hold their posts where the first did, not at a guest's union named earlier."""
    held = next((c for c in claims if c.org_written and c.org_offset is not None), None)
    if held is None or held.org_written is None or held.org_offset is None:
        return list(known)
    written, offset = held.org_written, held.org_offset
    if offset < 0:  # a union an earlier paragraph names: in no span of this one
        return list(known)
    suffix = suffix_of(written)
    if suffix is None or suffix_types()[suffix] not in UNION_TYPES:
        return list(known)
    span = OrgSpan(offset, offset + len(written), written, suffix, suffix_types()[suffix])
    return sorted([*known, span], key=lambda k: k.end)


def _names_before_wei(text: str, start: int, tokens: list[Token]) -> list[tuple[str, int]]:
    """The names at ``start`` an election's 为 states a post for: one name (甲为主席,
    甲同志为主席), or names listed with 、 sharing it (乙、丙同志为副主席); none when
    no 为 follows them. An item no name rule reads (满立新: a surname that is a word and
    a given name jieba reads as an adverb) is still a name where the election vouches
    for it (:func:`_listed_item`, :func:`_vouched`), so one such item loses neither the
    list nor the clauses after it."""
    names: list[tuple[str, int]] = []
    unread = 0
    while start < len(text):
        name = name_after(text, start, tokens)
        if name is None:  # 某集团董事长|甲、…为: the name after its title
            opens = titled_name_start(text, start, lambda k: name_after(text, k, tokens))
            start = opens if opens is not None else start
            name = name_after(text, start, tokens) if opens is not None else None
        if name is None:
            name = _listed_item(text, start)
            unread += name is not None
        if name is None:
            return []
        names.append((name, start))
        end = start + len(name)
        addressed = address_at(text, end)
        end += addressed
        if text.startswith("为", end):
            return names if _vouched(names, unread, addressed) else []
        if not text.startswith("、", end) or len(names) >= MAX_LISTED:
            return []
        start = end + 1
    return []


#: The longest item of an election's list read as a name no rule reads (a compound
#: surname and a given name of two characters).
_LONGEST_ITEM = 4


def _listed_item(text: str, start: int) -> str | None:
    """The item of an election's list at ``start`` (up to the next 、, 为 or word of
    address) when it is shaped as a name, a surname and a given name, and is no word of
    the dictionary (全体, 大家) nor a title (主任)."""
    end = start
    while end < len(text) and end - start <= _LONGEST_ITEM:
        if text[end] in CLAUSE or text[end] == "为" or address_at(text, end):
            break
        end += 1
    item = text[start:end]
    if not 2 <= len(item) <= _LONGEST_ITEM or not is_name_shaped(item):
        return None
    if is_common_word(item) or lexicon.titles().regex.search(item):
        return None
    return item


def _vouched(names: list[tuple[str, int]], unread: int, addressed: int) -> bool:
    """Whether an election's items no name rule read are names: a word of address closes
    them (选举满立新同志为主席), other items of the same list are read names (甲、满立新、
    乙为副主席), or each is a surname and a given name of two characters (选举沙海燕为主
    任: the election's verb before, its 为 and a title after, are the signals a name of a
    worded surname needs). An item of two characters alone (选举满意为…) is none."""
    if not unread or addressed > 0 or len(names) > unread:
        return True
    return all(len(name) == 3 for name, _ in names)


def elected_names(
    text: str,
    tokens: list[Token],
    known: Sequence[OrgSpan] = (),
    earlier: OrgSpan | None = None,
    breaks: frozenset[int] = frozenset(),
) -> list[NameHit]:
    """Names with the posts an election or appointment gives them, or a removal takes
    from them (``known``: the organisation names the article's reading found in
    ``text``; ``earlier``: the last union an earlier paragraph names, offsets counted
    from ``text``'s start; ``breaks``: where the page printed spaces the text lost)."""
    hits = _elected_in_order(text, tokens, known, earlier)
    hits += respective_names(text, tokens, known, earlier)
    hits = with_removed_posts(text, tokens, hits)
    return hits + officer_names(text, tokens, known, earlier, breaks)


def _elected_in_order(
    text: str,
    tokens: list[Token],
    known: Sequence[OrgSpan],
    earlier: OrgSpan | None,
) -> list[NameHit]:
    """The elections of ``text`` read in the order printed, before the name (选举甲为…)
    or after it (甲当选为…). A report names the body once, in its first clause: a later
    clause's post of no body (，乙当选副主席; ；经审会选举丙为主任) is held at the union
    the clause before it named (:func:`_with_union_of`), not at a union named before
    the election (a guest's) nor nowhere."""
    verbs = [(m.start(), m.end(), True) for m in _words("election_before").finditer(text)]
    verbs += [(m.start(), m.end(), False) for m in _words("election_after").finditer(text)]
    roles = [(m.start(), m.end(), None) for m in _words("role_verbs").finditer(text)]
    hits: list[NameHit] = []
    for start, end, before in sorted(verbs + roles, key=lambda v: v[:2]):
        if before is None:  # 作为某公司工会主席，甲…: the role of the name after
            found = _subject_after(text, start, end, tokens, known, earlier, False)
        elif before and hits and text.startswith(_REFERRING_BACK, end):
            found = _named_again(text, end, tokens, known, earlier, hits[-1])
        elif before:
            found, known = _named_for(text, end, tokens, known, earlier)
            committee = committee_before(text, start)
            found = posts_of_committee(found, committee) if committee else found
        else:
            found, known = _elected_before_verb(text, start, end, tokens, known, earlier)
        hits += found
    return hits


#: The pronoun an election's second verb names the person elected before by
#: (增补甲为委员、常委，并选举其为主席), and the 为 stating the post after it.
_REFERRING_BACK = "其为"


def _named_again(
    text: str,
    end: int,
    tokens: list[Token],
    known: Sequence[OrgSpan],
    earlier: OrgSpan | None,
    last: NameHit,
) -> list[NameHit]:
    """The post an election's verb followed by 其为 states, held by the person the
    election before it in the paragraph named (``last``), at that name's span."""
    claims = _claims(text, end + len(_REFERRING_BACK), last.start, tokens, known, earlier)
    return [elected_hit(last.name, last.start, claims)] if claims else []


def _elected_before_verb(
    text: str,
    start: int,
    end: int,
    tokens: list[Token],
    known: Sequence[OrgSpan],
    earlier: OrgSpan | None,
) -> tuple[list[NameHit], Sequence[OrgSpan]]:
    """The names before the election's verb at ``text[start:end]`` with the posts after
    it (甲当选为公司工会主席; 乙、丙当选为副主席), then further items with their own 为
    (甲当选为主席，乙为经审会主任、丙为委员), read as an election's are; and ``known``
    with the union they named."""
    titled = titled_name_may_precede(text, start)
    verb_start, start = start, moved_from_before(text, start, end)  # 甲|由副厂长|升任厂长
    start -= len(_words("election_adverbs").ending(text, start) or "")  # 甲、乙先后|任
    start = past_time_before(text, start)  # 甲|于2015年|当选为
    start -= len(_words("election_adverbs").ending(text, start) or "")  # 甲曾|于2015年|任
    stop = note_start(text, past_address(text, start))  # 甲(女)当选副主席
    # 甲原|任…, 乙后|改任…: an adverb between the name and the verb, where read so
    found = _name_before_adverb(text, stop, titled) or name_ending_at(text, stop, titled)
    if found is None:
        return _subject_after(text, start, end, tokens, known, earlier), known
    claims = _claims(text, end, found[1], tokens, known, earlier) if found else ()
    if start < verb_start:  # 甲由某厂副厂长升任厂长: the post moved from, and its body
        claims = _moved_within(text, (start, verb_start, end), found[1], claims, tokens, known)
    if not found or not claims:
        return [], known
    listed = counted_list(text, start, found) or listed_before(text, found[1], titled)
    hits = [elected_hit(found[0], found[1], claims)]
    hits += [elected_hit(n, k, claims) for n, k in listed]
    known = _with_union_of(claims, known)
    last = max(c.end for c in claims)
    if last < len(text) and text[last] in _NEXT_NAMED:  # ，乙为经审会主任
        more, known = _named_for(text, last + 1, tokens, known, earlier)
        hits += more
    return hits, known


def _name_before_adverb(text: str, stop: int, titled: bool = False) -> tuple[str, int] | None:
    """The name an election's or appointment's verb at ``stop`` follows across an adverb
    of when the post was held (韩某原|任, 刘某某原|任, 韩某后|改任), and where it starts:
    the name :func:`.elected_lists.name_ending_at` reads before the adverb, when jieba or
    the model reads it so; None otherwise (李后|任, 赵文原|任: the name's own last
    character, left to the reading up to the verb)."""
    if stop < 1 or not adverb_before_post_verb(text, stop - 1):
        return None
    found = name_ending_at(text, stop - 1, titled)
    return found if found and read_as_name(text, found[1], stop - 1) else None


def _moved_within(
    text: str,
    move: tuple[int, int, int],
    name_start: int,
    claims: tuple[TitleClaim, ...],
    tokens: list[Token],
    known: Sequence[OrgSpan],
) -> tuple[TitleClaim, ...]:
    """The posts of a move (``move``: where 由 or 从, the verb and the post after it
    start): the post moved from when it names its body (甲由某厂副厂长|升任…: a past post
    is a position, tests/fixtures/ANNOTATION.md), then the post moved to, held at that
    body when it names none of its own (…副厂长升任厂长: a promotion within the plant, as
    a reader takes it). ``claims`` (the post moved to, read with its body) are kept."""
    moved_from, verb_start, verb_end = move
    before = _claims(text[:verb_start], moved_from + 1, name_start, tokens, known)
    before = tuple(c for c in before if c.org_written is not None)
    if not before:
        return claims
    if claims:
        return before + claims
    body = before[-1]
    bare = _claims(text, verb_end, name_start, tokens, (), bare=True)
    return before + tuple(
        replace(c, org_written=body.org_written, org_offset=body.org_offset) for c in bare
    )


def _subject_after(
    text: str,
    start: int,
    end: int,
    tokens: list[Token],
    known: Sequence[OrgSpan],
    earlier: OrgSpan | None,
    timed: bool = True,
) -> list[NameHit]:
    """自2019年担任某公司工会主席以来，甲…: the post an appointment's clause of time
    states (nothing but a time before its verb at ``text[start:end]``) is held by the
    name opening the clause after it (:mod:`.appointed_subjects`; with ``timed`` off, a
    role's clause: 作为某公司工会主席，甲…)."""
    if not opens_with_time_only(text, start):
        return []
    if (stop := cleft_stop(text, end)) is not None and (named := cleft_name(text, stop, tokens)):
        claims = _claims(text[:stop], end, end, tokens, known, earlier)  # 当选…主任的是 某某
        return [elected_hit(named[0], named[1], claims)] if claims else []
    claims = _claims(text, end, end, tokens, known, earlier)
    if not claims and not timed:  # 作为一名焊工，甲…: a role's trade
        return role_occupation_names(text, end, tokens)
    if not claims:  # 甲1990年进厂，2008年任班长; 2015年任班长以来，甲…: a post of no body
        claims = _claims(text, end, end, tokens, known, earlier, bare=True)
    if not claims:
        return []
    last = max(c.end for c in claims)
    found = subject_after_clause(text, last, tokens, timed)
    found = found or (career_subject(text, start, tokens) if timed else None)
    return [elected_hit(found[0], found[1], claims)] if found else []
