"""A unit named by its head's title (某某同城配送中关村站|站长, 青禾物流望京站|副站长):
a segment of a title chain the grammar reads no organisation in, split from
:mod:`.chain_orgs` (its fallbacks for bodies a chain prints)."""

from __future__ import annotations

import re

from gonghui_build.extract.organisations.names import words
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.aspect_particles import holds_aspect_particle
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token, token_at
from gonghui_build.vocabulary import OrgType

#: The shortest and longest unit named by its head's title (青禾站 … 某某同城配送中关村站)
#: read as a whole segment.
_HEADED_UNIT_SIZES = range(3, 13)
#: Parts of speech of a segment's first word that open no unit's name: a verb, a
#: pronoun, a function word, a number, a time.
_NOT_NAME_START = ("v", "p", "c", "u", "r", "d", "m", "q", "x", "t", "f")


def unit_named_by_head(
    text: str, seg_start: int, title_start: int, match: re.Match[str], tokens: list[Token]
) -> OrgSpan | None:
    """``某某同城配送中关村站|站长``, ``青禾物流望京站|副站长``: a segment that is only a unit's
    name ending in the character its head's title opens with (站|站长, 队|队长), a name
    the grammar reads no organisation in (a brand before it), is the unit the title is
    held at; the segment opens a clause or a chain (after punctuation), so it is the
    whole name."""
    if match.group("union") or match.group("inner"):
        return None
    base, written = match.group("base"), text[seg_start:title_start]
    if len(base) < 2 or not written.endswith(base[0]) or len(written) not in _HEADED_UNIT_SIZES:
        return None
    if not all(is_cjk(c) for c in written):
        return None
    first = token_at(tokens, seg_start)
    if first is None or first.tag.startswith(_NOT_NAME_START):
        return None
    if holds_aspect_particle(tokens, seg_start, title_start):  # 某某握着|抢修队|队长
        return None
    if _holds_stop_word(tokens, seg_start, title_start):  # 培训班|邀请|区财政局会计科|科长
        return None
    return OrgSpan(seg_start, title_start, written, base[0], OrgType.other)


def _holds_stop_word(tokens: list[Token], seg_start: int, title_start: int) -> bool:
    """Whether a word of two characters or more that ends a name's walk
    (``org_suffixes.yaml`` left_stops: a verb of inviting or organising) stands inside the
    segment: the segment is a clause (培训班|邀请|区财政局会计科|科长), no one unit's name,
    whose body the grammar reads after the word. One character (同, 和) may be a brand's
    own, jieba cutting the brand (青鹭|同|城配送某站)."""
    stops = words("left_stops")
    inside = (t for t in tokens if seg_start < t.start and t.end <= title_start)
    return any(len(t.word) > 1 and t.word in stops for t in inside)
