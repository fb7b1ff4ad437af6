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
