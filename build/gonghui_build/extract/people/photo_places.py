"""Names a photo's caption places: ``图为劳模常青（左）在指导徒弟``.

A caption prints where a person stands in the photo in brackets right after the name
(``people.yaml`` photo_sides, photo_rows: （左）, （右二）, （前排左三）); nothing but a
person is placed so. The model reads most such names; a name that is also a word (常青,
高山) it misses, and the surname rules refuse it. The note is the second signal: the
name of two or three characters right before it is read when it opens its phrase (after
punctuation, 为, a conjunction) or follows a title, an occupation or an honour (劳模常青);
a surname that is often a word (常, 安) needs the title. A noun for people or a title
(工作人员（右二）, 劳模（左）) is no name."""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.composed import MIN_COMPOSED, composed_name, of_elements
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.honours import honour_ending
from gonghui_build.extract.people.listed import frequent_noun
from gonghui_build.extract.people.name_context import after_title_or_occupation
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.clauses import overlaps_any
from gonghui_build.text.names import split_name
from gonghui_build.text.numbers import CN_NUMERAL
from gonghui_build.vocabulary import MentionSource

#: Confidence of a name a photo's position note follows.
PLACED = 0.85
#: Lengths of a name read before a position note, longest first.
_SIZES = (3, 2)
#: The longest name of elements read before a position note (巴桑某某, 额尔德尼某某某).
_ELEMENTS_REACH = 10
#: What opens a caption's phrase a placed name starts with no title before it: 为 (图为某某,
#: 左起为某某), a line's start or a caption's mark (▲某某（左二）), punctuation of a list
#: of the placed (某某（左）、某某（右）); not a conjunction (与孙女（右）: kin, no name).
_OPENERS = frozenset("为▲△■●：、 \n\t")


@functools.cache
def _note() -> re.Pattern[str]:
    """（左）, （右二）, （前排左三）, （中）: a side, a count from it, a row before it."""
    sides = "".join(lexicon.words("people.yaml", "photo_sides"))
    rows = "|".join(map(re.escape, lexicon.words("people.yaml", "photo_rows")))
    return re.compile(rf"[（(](?:{rows})?[{sides}][{CN_NUMERAL}]?[)）]")


def placed_names(text: str) -> list[NameHit]:
    """The names right before a photo's position note in ``text``, and those a photo's
    ordered list prints (:func:`ordered_names`) where no note placed one."""
    hits = _noted_names(text)
    spans = [(h.start, h.end) for h in hits]
    return hits + [h for h in ordered_names(text) if not overlaps_any(h.start, h.end, spans)]


def _noted_names(text: str) -> list[NameHit]:
    """The names right before a photo's position note in ``text``."""
    hits = []
    for note in _note().finditer(text):
        start = _name_start(text, note.start())
        if start is not None:
            source = MentionSource.portrait_caption
            hits.append(NameHit(text[start : note.start()], start, note.start(), source, PLACED))
    return hits


@functools.cache
def _order() -> re.Pattern[str]:
    """左起：, 从左至右依次为：, 右起为: the words opening a list of the people a photo shows
    in order (``people.yaml`` photo_orders), up to the list's first item."""
    orders = "|".join(map(re.escape, lexicon.words("people.yaml", "photo_orders")))
    return re.compile(rf"(?:{orders})(?:依次)?[为是]?[：:，,]?\s*")


#: An item of a photo's ordered list (parted by 、, commas, blanks), and what closes it.
_ITEM = re.compile(r"[^、，,\s]+")
_LIST_END = re.compile(r"[。；;！？（(\n]")
#: The most items read from one ordered list (a group photo's row).
_MOST_ORDERED = 12


#: The fewest items of an ordered list read as people (a group of two at least).
_FEWEST_ORDERED = 2


def ordered_names(text: str) -> list[NameHit]:
    """图为劳模合影，左起：宁静、高峰、某某: the names of a photo's list of the people it
    shows in order, each item a name alone (any name's shape: the order says each item is
    a person, so a name that is also a word is read) or after a title or an honour
    (全国劳模某某). The list is read whole or not at all: one item that is no name
    (展板从左至右：企业简介、荣誉墙) says it lists no people. Seen in group photos'
    captions on union sites (s46)."""
    hits: list[NameHit] = []
    for opening in _order().finditer(text):
        end_found = _LIST_END.search(text, opening.end())
        stop = end_found.start() if end_found else len(text)
        pos = opening.end()
        items = [(pos + m.start(), pos + m.end()) for m in _ITEM.finditer(text[pos:stop])]
        items = items[:_MOST_ORDERED]
        named = [
            (n, end) for n, end in ((_item_name(text, *i), i[1]) for i in items) if n is not None
        ]
        if len(items) < _FEWEST_ORDERED or len(named) < len(items):
            continue
        source = MentionSource.portrait_caption
        hits += [NameHit(text[n:end], n, end, source, PLACED) for n, end in named]
    return hits


def _item_name(text: str, start: int, end: int) -> int | None:
    """Where the name closing the item ``text[start:end]`` starts: the whole item (a name
    of elements, one of three characters or one and a final syllable as well, 朝鲁门:
    :func:`.composed.of_elements`; or of a name's shape and no frequent noun), or its last
    two or three characters after a title, an occupation or an honour."""
    if composed_name(text, start, alone=True) == end or of_elements(text[start:end]):
        return start  # 苏和巴雅尔, 朝鲁门: a name of elements, or one and a final syllable
    for size in _SIZES:
        at = end - size
        name = text[at:end]
        if at < start or not all(map(is_cjk, name)) or not _name_shaped(name):
            continue
        if at == start and not frequent_noun(name):
            return at
        if at > start and (after_title_or_occupation(text, at) or _after_an_honour(text, at)):
            return at
    return None


def _name_start(text: str, end: int) -> int | None:
    """Where the name ending at ``end`` starts, or None where no name stands there."""
    element_start = _element_name_start(text, end)
    if element_start is not None:
        return element_start
    for size in _SIZES:
        start = end - size
        name = text[start:end]
        if start < 0 or not all(map(is_cjk, name)) or not _name_shaped(name):
            continue
        titled = after_title_or_occupation(text, start) or _after_an_honour(text, start)
        opens = start == 0 or text[start - 1] in _OPENERS
        ambiguous = name[0] in lexicon.surnames().ambiguous
        if titled or (opens and not ambiguous and not frequent_noun(name)):
            return start
    return None


def _element_name_start(text: str, end: int) -> int | None:
    """图为巴桑某某（右）在…: a name of two Mongolian or Tibetan elements or more
    (:mod:`.composed`, four characters at least) ending at ``end``, where a phrase opens
    or after a title, an occupation or an honour, as a Han name is read: the model often
    misses such names (seen in the captions of Tibet's award and craftsman pages, s39)."""
    for start in range(max(0, end - _ELEMENTS_REACH), end - MIN_COMPOSED + 1):
        if composed_name(text, start, alone=True) != end:
            continue
        opens = start == 0 or text[start - 1] in _OPENERS
        if opens or after_title_or_occupation(text, start) or _after_an_honour(text, start):
            return start
    return None


def _name_shaped(name: str) -> bool:
    """A surname and a given name, no noun for people or title at its end (工作人员,
    慰问组成员: 成员 opens with the surname 成)."""
    titles = lexicon.titles()
    if split_name(name) is None or titles.person_nouns.ending(name):
        return False
    return titles.at_end.search(name) is None and titles.regex.match(name) is None


def _after_an_honour(text: str, start: int) -> bool:
    """An honour (劳模, 劳动模范: ``titles.yaml`` honours) ends right before ``start``."""
    return honour_ending(text, start) is not None
