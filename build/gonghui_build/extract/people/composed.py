"""Given names of Mongolian and Tibetan shape: made of well-known name elements
(``reference/people.yaml``: name_elements), printed without a surname, often four
characters or more (苏和|巴雅尔, 那仁|朝鲁, 旺堆|卓玛).

The surname rules cut such a name short (主席苏和巴雅尔 → 乌云) and the model splits it or
runs it into the word before (织毯工旺堆卓玛); a string made of the elements alone is one
name.
"""

from __future__ import annotations

import functools

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.yi_names import follows_name
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk

#: The fewest characters of a name made of two elements or more, read anywhere.
MIN_COMPOSED = 4
#: Below how many sightings in jieba's dictionary a character and 日 (格日, 图日) are no
#: word: 今日, 节日, 每日, 生日 are read many times.
_RARE_R_HEAD = 10


@functools.cache
def _elements() -> frozenset[str]:
    return frozenset(lexicon.words("people.yaml", "name_elements"))


@functools.cache
def _longest() -> int:
    return max(len(e) for e in _elements())


@functools.cache
def _sizes_by_first() -> dict[str, tuple[int, ...]]:
    """The sizes (2 and more, shortest first) of the elements each character starts: at a
    place where none starts, the sizes are not tried one by one (the rule asks at every
    character of a paragraph)."""
    sizes: dict[str, set[int]] = {}
    for element in _elements():
        if len(element) >= 2:
            sizes.setdefault(element[0], set()).add(len(element))
    return {first: tuple(sorted(found)) for first, found in sizes.items()}


def composed_end(text: str, pos: int) -> tuple[int, int] | None:
    """(end, elements) of the longest run of name elements starting at ``pos``."""
    best: tuple[int, int] | None = None
    frontier = [(pos, 0)]
    by_first = _sizes_by_first()
    while frontier:
        at, count = frontier.pop()
        if count and (best is None or at > best[0]):
            best = (at, count)
        for size in by_first.get(text[at : at + 1], ()):
            element = text[at : at + size]
            if len(element) == size and element in _elements():
                lexicon.words("people.yaml", "name_elements").found(element)
                frontier.append((at + size, count + 1))
    return best


def composed_name(text: str, pos: int, alone: bool, short: bool = False) -> int | None:
    """The end of a name of elements starting at ``pos``: two elements or more (four
    characters at least), or, where the context says a name starts here (``alone``
    false: right after a title), one element of three characters (其木格), or of two
    where the caller also sees a word that follows names after it (``short``: 副主席|
    旺堆|出席; Tibetan officials and workers go by one element of two characters, seen
    on four real pages of Tibet's papers and union sites, s32)."""
    found = composed_end(text, pos)
    if found is None:
        return None
    end, count = found
    end = _with_final_syllable(text, end)
    if count >= 2 and end - pos >= MIN_COMPOSED:
        return end
    return end if not alone and end - pos >= (2 if short else 3) else None


def _with_final_syllable(text: str, end: int) -> int:
    """乌力吉图说, 职工乌力吉图带领: a name of elements runs on by one character of no
    element (图 of 乌力吉图, 夫 of 乌兰夫) that is no word closing a given name
    (``people.yaml`` given_name_stops: 也, 都, 们) when no word that follows names starts
    at it and one starts right after it: Mongolian names add a final syllable to a known
    element (乌力吉 → 乌力吉图, seen on Inner Mongolia's honour rolls, s35); the element
    alone, before 图 and a verb, cut the name short. The adverb of an action under way
    (``people.yaml`` name_adverbs: 扎西顿珠正在检修) is no final syllable: its 正 is
    no name's, though 在 after it follows names."""
    final = text[end : end + 1]
    if not final or not is_cjk(final) or follows_name(text[end : end + 4]):
        return end
    if lexicon.words("people.yaml", "name_adverbs").starting(text, end):
        return end
    if final in lexicon.words("people.yaml", "given_name_stops"):
        return end
    return end + 1 if follows_name(text[end + 1 : end + 5]) else end


def composed_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A name of two elements or more overlapping ``text[start:end]`` (a span the
    model read), the first found."""
    for pos in range(max(0, start - _longest()), end):
        if _opens_inside_an_element(text, pos):
            continue
        stop = composed_name(text, pos, alone=True)
        if stop is not None and pos < end and start < stop:
            return pos, stop
    return None


def _opens_inside_an_element(text: str, pos: int) -> bool:
    """普布和格桑 is 普布 and 格桑: a run whose first element ends in a word parting
    names (布和, 孟和, 苏和 end in 和: ``people.yaml`` transliterated_part_stops) opens
    inside an element that starts before it (普|布), and is no name."""
    stops = lexicon.words("people.yaml", "transliterated_part_stops")
    for size in _sizes_by_first().get(text[pos : pos + 1], ()):
        first = text[pos : pos + size]
        if len(first) < size or first not in _elements() or first[-1] not in stops:
            continue
        longest = _longest()
        begun = range(max(0, pos - longest + 1), pos)
        return any(text[q:e] in _elements() for q in begun for e in range(pos + 1, q + longest + 1))
    return False


def element_and_final(text: str, start: int, end: int) -> bool:
    """额尔德木图、某某某等5人: an item of name elements and one final syllable of a
    Mongolian name (``people.yaml`` element_final_syllables, 图), which no word after
    the item tells apart from a stray character (the list's mark, or a blank closing a
    unit's row, closes it)."""
    found = composed_end(text, start)
    if found is None or found[0] != end - 1 or end - start < 3:
        return False
    return text[end - 1] in lexicon.words("people.yaml", "element_final_syllables")


def of_elements(piece: str) -> bool:
    """A piece that is a name of Mongolian or Tibetan elements of three characters or
    more: elements alone (其木格, 苏和巴雅尔) or an element and a final syllable (朝格图)."""
    whole = composed_name(piece, 0, alone=False) == len(piece)
    return len(piece) >= 3 and (whole or element_and_final(piece, 0, len(piece)))


def r_syllable_name(text: str, pos: int) -> int | None:
    """The end of a Mongolian name of three characters whose second is the r of a closed
    syllable (``people.yaml`` mongolian_r_syllables: 格日和, 图日和), a word that follows
    names right after it; called where a post ends at ``pos``. The r is no name's last
    character, so the name runs on to the third even where it joins (和在会上: 和 before
    在 joins no second person). A character and 日 that jieba's dictionary reads as a
    word (今日, 节日) or 日 and the next as one (日常) are no such name."""
    head, last = text[pos : pos + 2], text[pos + 2 : pos + 3]
    if len(head) < 2 or not last or not all(map(is_cjk, head + last)):
        return None
    if lexicon.words("people.yaml", "mongolian_r_syllables").starting(text, pos + 1) is None:
        return None
    if max(tokenizer.frequency(head), tokenizer.frequency(text[pos + 1 : pos + 3])) >= _RARE_R_HEAD:
        return None
    return pos + 3 if follows_name(text[pos + 3 : pos + 7]) else None
