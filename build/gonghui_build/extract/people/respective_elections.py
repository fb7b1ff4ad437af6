"""Names listed before 分别 and an election's verb, each taking in turn one of the posts
listed after it: ``甲、乙分别当选为经费审查委员会主任、女职工委员会主任``. Moved out of
:mod:`.elections` (its line limit), which reads them with the other elections."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import is_department_name
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.elected_lists import listed_before, name_ending_at
from gonghui_build.extract.people.election_claims import elected_hit, held_at_union, is_union
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.titles import TitleClaim, parse_chain
from gonghui_build.text.tokenizer import Token


def _words(section: str) -> lexicon.Words:
    return lexicon.words("people.yaml", section)


#: 分别 before an election's verb: the names before it take the posts after it in turn.
_RESPECTIVELY = "分别"
#: What ends the list of posts an election with 分别 states.
_POSTS_END = "，。；：\n"


def respective_names(
    text: str,
    tokens: list[Token],
    known: Sequence[OrgSpan] = (),
    earlier: OrgSpan | None = None,
) -> list[NameHit]:
    """``甲、乙分别当选为经费审查委员会主任、女职工委员会主任``: names listed before 分别
    and an election's verb take the posts listed after it in turn, as many posts as
    names; each post of no body is held at the union named last before (as an
    election's posts are)."""
    hits: list[NameHit] = []
    for verb in _words("election_after").finditer(text):
        if not text.startswith(_RESPECTIVELY, verb.start() - len(_RESPECTIVELY)):
            continue
        stop = verb.start() - len(_RESPECTIVELY)
        last = name_ending_at(text, stop)
        if last is None:
            continue
        names = [*reversed(listed_before(text, last[1])), last]
        posts = _posts_listed(text, verb.end(), tokens)
        if len(names) < 2 or len(posts) != len(names):
            continue
        for (name, at), post in zip(names, posts, strict=True):
            post = _committees_of_union(post, at, known, earlier)
            claims = held_at_union(post, at, known, earlier)
            hits += [elected_hit(name, at, claims)] if claims else []
    return hits


def _committees_of_union(
    claims: list[TitleClaim],
    name_start: int,
    known: Sequence[OrgSpan],
    earlier: OrgSpan | None,
) -> list[TitleClaim]:
    """A committee of a union printed alone in an election's post (女职工委员会主任) is
    that of the union named last before the name (in an earlier paragraph: ``earlier``;
    tests/fixtures/ANNOTATION.md: women workers' committee), where one is."""
    here = (k for k in reversed(known) if k.end <= name_start and is_union(k))
    union = next(here, earlier)
    if union is None:
        return claims
    return [
        replace(c, org_written=union.written + c.org_written, org_offset=union.start)
        if c.org_written and is_department_name(c.org_written)
        else c
        for c in claims
    ]


def _posts_listed(text: str, start: int, tokens: list[Token]) -> list[list[TitleClaim]]:
    """The title chains listed with 、 from ``start`` to the clause's end, each a whole
    item (经费审查委员会主任、女职工委员会主任); none when an item is no title."""
    end = min((k for k in range(start, len(text)) if text[k] in _POSTS_END), default=len(text))
    posts: list[list[TitleClaim]] = []
    at = start
    for item in text[start:end].split("、"):
        chain = [c for c in parse_chain(text, at + len(item), tokens) if c.start >= at]
        if not item or not chain or chain[0].start != at:
            return []
        posts.append(chain)
        at += len(item) + 1
    return posts
