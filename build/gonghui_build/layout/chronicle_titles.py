"""A chronicle's title (``某市总工会二〇〇九年一月大事记``) and the marks of a range of dates.

Apart from :mod:`chronicles` so that :mod:`printed_dates` can read a title without
importing the layout (chronicles reads blocks, whose furniture reads printed_dates).
Imports nothing from ``gonghui_build.layout``.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.text.chars import ends_sentence, without_spaces

#: The mark between the two ends of a range of days or months (``5日至16日``,
#: ``11日-15日``, ``2007年11月至12月``).
RANGE_TO = r"[至到—\-－~～]"
#: A part of a month a chronicle dates an entry by (``4月中旬``, ``5月底``): the dates'
#: one list of them (``dates.yaml`` month_parts, as a date's text reads them).
MONTH_PART = f"(?:{lexicon.alternation(lexicon.words('dates.yaml', 'month_parts'))})"
#: One end of an entry's date: a month, a part of one or a day (``4月``, ``4月中旬``,
#: ``4月8日``, ``18日``).
_DATE_END = rf"(?:\d{{1,2}}月(?:\d{{1,2}}日|{MONTH_PART})?|\d{{1,2}}日)"
#: An entry's date printed alone, a range or a lunar note after it or not (``4月中旬至
#: 6月下旬``, ``10月16日至18日``, ``2月19日（农历正月十五）``).
_ENTRY_DATE_RE = re.compile(
    rf"\d{{1,2}}月(?:\d{{1,2}}日|{MONTH_PART})?(?:{RANGE_TO}{_DATE_END})?"
    r"(?:[（(](?:农历|星期|周)[^（）()]{1,8}[）)])?"
)
#: Longest chronicle title (characters).
TITLE_MAX = 40


@functools.cache
def _title_words() -> re.Pattern[str]:
    data = lexicon.load("page_furniture.yaml")
    return re.compile(f"(?:{lexicon.alternation(data['chronicle_titles'])})$")


def names_a_chronicle(text: str) -> bool:
    """A title ending with a chronicle's name (``…一月大事记``, ``大事记（下）``)."""
    compact = re.sub(r"[（(][^）)]{1,4}[）)]$", "", without_spaces(text))
    if not compact or len(compact) > TITLE_MAX or ends_sentence(compact):
        return False
    return bool(_title_words().search(compact))


def is_entry_date(text: str) -> bool:
    """A date and nothing else, as a chronicle sets one off before its entry's text by a
    wide blank (``4月中旬至6月下旬  县总工会…``): no headline run in before a text, so a
    line so printed is not cut there (a county yearbook's entry was read as a headline
    over its text)."""
    return bool(_ENTRY_DATE_RE.fullmatch(without_spaces(text)))
