"""Parts of transliterated names built of known elements (``people.yaml``
transliterated_name_elements: 阿不都, 热合曼, 热依汗, 古丽).

The model and jieba read the Chinese characters of a Uyghur or Kazakh name as words: the
last part 阿不都热合曼 of ``…·阿不都热合曼出席`` is cut at 都 ('all') and 热合 (a verb),
and the first element of ``护士长热依汗古丽·吾斯曼`` is read with the title before it
(长热依汗). A careful reader knows the elements: a run of them is one part of the name.
The run is taken only where it ends a part (the caller checks what follows) or, before
the name, where a title, punctuation or the text's start stands before it, so a Han
name or a word next to the name is never taken in. Read on Xinjiang's union and news
pages (s42, people27).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.text import ner
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import NAME_DOTS

#: The longest part of a transliterated name, as the transliteration tables give them:
#: six characters (…·图某森托某提).
LONGEST_PART = 6


def _elements() -> lexicon.Words:
    return lexicon.words("people.yaml", "transliterated_name_elements")


def element_run_end(text: str, lo: int) -> int:
    """The end of the run of elements that opens at ``lo`` (``lo`` when none does):
    阿不都|热合曼 read one after the other, longest first."""
    at = lo
    while at < len(text):
        element = _elements().starting(text, at)
        if element is None:
            break
        at += len(element)
    return at


def element_run_start(text: str, hi: int) -> int:
    """The start of the run of elements that closes at ``hi`` (``hi`` when none does):
    热依汗 before 古丽·…, read back one element after another, longest first."""
    at = hi
    while at > 0:
        element = _elements().ending(text, at)
        if element is None:
            break
        at -= len(element)
    return at


def through_elements(text: str, start: int, end: int) -> tuple[int, int]:
    """The model's span ``text[start:end]`` taken on to the end of the name when it holds
    elements only and more elements run on from it to a middle dot (阿不都|热合曼·吐尔逊在:
    the model read 阿不都 alone and left the rest, which jieba reads as a verb): the part
    after the dot is the Chinese characters of the model's word holding the dot (the
    elements run on after it too), at most six. Any other span is returned as it was."""
    if end <= start or element_run_start(text, end) > start:
        return start, end
    dot = element_run_end(text, end)
    if text[dot : dot + 1] not in NAME_DOTS:
        return start, end
    stop = element_run_end(text, dot + 1)
    for word in ner.words(text):
        if word.start <= dot < word.end:
            stop = max(stop, word.end)
    rest = text[dot + 1 : stop]
    if not rest or len(rest) > LONGEST_PART or not all(map(is_cjk, rest)):
        return start, end
    return start, stop


def made_of_elements(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is two elements or more read one after the other and nothing
    else (阿依|古丽, 热依拉|古丽): a Uyghur name printed by its given part alone, as lists
    of winners print women's names; one element alone (古丽, 艾力) may be a word's part."""
    at, count = start, 0
    while at < end:
        element = _elements().starting(text, at)
        if element is None or at + len(element) > end:
            return False
        at, count = at + len(element), count + 1
    return count >= 2
