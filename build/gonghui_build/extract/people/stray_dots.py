"""The middle dot of a transliterated name printed as another mark: web copies and OCR
give 艾力.买买提, 艾力．买买提 and 艾力－买买提 for 艾力·买买提, and every reader stopped
at the mark, keeping the first part alone (艾力). Such a mark is the name's dot only
between two parts that read as transliterated ones (runs of ``people.yaml``
transliterated_name_elements or of transliteration_characters), so a range (北京－上海)
or a numbered item is never taken for a name. Read on Xinjiang's union sites and web
copies of award reports (s42, people28).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.transliterated_elements import LONGEST_PART, element_run_end
from gonghui_build.text.chars import is_cjk

#: Marks printed where a transliterated name's middle dot belongs: a full stop, a
#: full-width full stop, a hyphen and a full-width hyphen-minus.
STRAY_DOTS = ".．-－‐"


def _transliterated_part(part: str) -> bool:
    """A part of known elements only (艾力, 买买提) or of transliteration characters only."""
    if not part or not all(map(is_cjk, part)):
        return False
    if element_run_end(part, 0) == len(part):
        return True
    return all(c in lexicon.words("people.yaml", "transliteration_characters") for c in part)


def part_after_stray_dot(text: str, start: int, end: int) -> int | None:
    """The end of the last part after a stray mark at ``end`` (艾力|.买买提): the run of
    known elements after it, where both it and the first part ``text[start:end]`` read
    as transliterated parts; None where no such mark or part is there."""
    if text[end : end + 1] not in STRAY_DOTS or not _transliterated_part(text[start:end]):
        return None
    stop = element_run_end(text, end + 1)
    if stop == end + 1 or stop - end - 1 > LONGEST_PART:
        return None
    return stop


def stray_dotted(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``text[start:end]`` when it is a whole name of two transliterated parts joined by
    a stray mark (艾力.买买提), which the readers of names with a middle dot do not know."""
    dot = next((k for k in range(start + 1, end) if text[k] in STRAY_DOTS), None)
    if dot is None or part_after_stray_dot(text, start, dot) != end:
        return None
    return start, end
