"""Names a workroom, a method or a team is named after: ``吴某某创新工作室``,
``温某某劳模创新工作室``, ``邓某某技能大师工作室``, ``许某某工作法``.

Union pages name innovation studios, skill masters' workrooms and work methods after the
model worker who leads them (``people.yaml`` things_after_name); award and naming lists
print one a line (``某某创新工作室（某公司）``) or in a comma run. The studio is an
organisation; the person it is named after is a person the text names. The model often
misses such a name or runs it into the studio's words (邓某某技能大师工作室, 贾某|立新),
and the model's reading before a studio's words is refused as a thing's name
(:mod:`.model`). The name read here is the surname and given name right before the
studio's words, at a word boundary jieba draws there, opening its phrase or following a
body's name (某公司吴某某创新工作室); a word (温泉工作室, 劳模创新工作室), a place and a
noun for people are no names. Seen on union sites' naming notices and award reports
(s40, people23)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.listed import frequent_noun
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import is_plausible_name, split_name
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource

#: Confidence of a name a studio's words follow.
STUDIO_LEAD = 0.8
#: Lengths of a name read before a studio's words, longest first.
_SIZES = (3, 2)
#: The most characters between a studio's opening quote and its words (“某某某安全生产
#: 工作室”: the name and a field of a few words).
_QUOTED_REACH = 10
#: jieba's tags of a place or a body: a word so tagged is no name (宁波工作室).
_PLACE_TAGS = frozenset({"ns", "nt", "nz"})


@functools.cache
def _things() -> re.Pattern[str]:
    """The words after a name that make it part of a thing's name, longest first, so a
    studio's words are read once from their first character (劳模创新工作室, not 创新工作室
    after 劳模)."""
    words = sorted(lexicon.words("people.yaml", "things_after_name"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def holds_a_things_name(name: str) -> bool:
    """邓某某技能大师工作室: a span that runs on from a name into a studio's words is no
    one's name (the model reads such a line whole)."""
    found = _things().search(name)
    return found is not None and found.start() >= 2


def studio_lead_names(text: str, tokens: Sequence[Token]) -> list[NameHit]:
    """The names right before the words of a studio, a method or a team in ``text``."""
    hits = []
    starts = {t.start for t in tokens}
    for thing in _things().finditer(text):
        start = _name_start(text, thing.start(), starts, tokens)
        end = thing.start()
        if start is None:
            start, end = _quoted_name(text, thing.start(), thing.end(), starts, tokens)
        if start is not None:
            name = text[start:end]
            # the studio's words follow the name as a title does (the schema's nearest rule)
            source = MentionSource.name_before_title
            hits.append(NameHit(name, start, end, source, STUDIO_LEAD))
    return hits


def _name_start(text: str, end: int, starts: set[int], tokens: Sequence[Token]) -> int | None:
    """Where the name ending at ``end`` starts, or None where no name stands there: a
    name that jieba reads as a word of its own or that opens with a word (a body's name
    before it ends at the name's start)."""
    for size in _SIZES:
        start = end - size
        name = text[start:end]
        if start < 0 or start not in starts or not all(map(is_cjk, name)):
            continue
        if _a_name(name, tokens, start, end):
            return start
    return None


def _quoted_name(
    text: str, at: int, end: int, starts: set[int], tokens: Sequence[Token]
) -> tuple[int, int] | tuple[None, None]:
    """“马某某安全生产工作室”: a studio's quoted name opening with its lead's name and
    a few words of its field before the studio's words (at ``at``, ending at ``end``
    before the closing quote); the name is read where jieba's words start on both sides
    of it."""
    if text[end : end + 1] != "”":
        return None, None
    opening = text.rfind("“", max(0, at - _QUOTED_REACH), at)
    if opening < 0 or "”" in text[opening:at]:
        return None, None
    for size in _SIZES:
        start, stop = opening + 1, opening + 1 + size
        name = text[start:stop]
        bounded = stop < at and start in starts and stop in starts
        if bounded and all(map(is_cjk, name)) and _a_name(name, tokens, start, stop):
            return start, stop
    return None, None


def _a_name(name: str, tokens: Sequence[Token], start: int, end: int) -> bool:
    """A surname and a given name, not a word, a place or a noun for people; the studio's
    words are as strong a sign as a title (温某某劳模创新工作室: a surname often a word)."""
    if split_name(name) is None or not is_plausible_name(name, strong_context=True):
        return False
    if frequent_noun(name) or lexicon.titles().person_nouns.ending(name):
        return False
    whole = [t for t in tokens if t.start == start and t.end == end]
    return not whole or whole[0].tag not in _PLACE_TAGS
