"""Days written in the lunar calendar (农历腊月廿三, 农历八月十五, 腊月廿四), as reports
of festival visits and old pages' entries give them: after 农历 the month and day are of
the lunar calendar, not the Gregorian one the same words name elsewhere (十二月 alone is
December). They are read as a lunar holiday is (``DateText.lunar``), its Gregorian day
found by lunar-python once the year is known (resolve.py). A leap month (闰四月) has no
entry in the tables the holidays use: it is left without a date.
"""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.dates.expressions import DateText, words
from gonghui_build.text.lunar_days import DAY, MONTH_NUMBER, NAMED_MONTH, NAMED_MONTHS
from gonghui_build.text.numbers import chinese_to_int, with_old_tens_read

#: A lunar year may be named by its stem and branch (癸卯年) between 农历 and the month.
_STEM_BRANCH = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


@functools.cache
def _lunar_re() -> re.Pattern[str]:
    year = rf"(?:[{_STEM_BRANCH}][{_BRANCHES}]年)?"
    month = rf"(?P<leap>闰)?(?P<month>{NAMED_MONTH}|{MONTH_NUMBER})月"
    day = rf"(?P<day>{DAY})"
    named = f"(?P<named>{NAMED_MONTH})月"
    part = rf"(?P<part>{words('times_of_day').pattern})?"
    return re.compile(rf"(?:农历{year}{month}|{named}){day}[日号]?{part}")


def lunar_dates(text: str) -> list[DateText]:
    """The lunar days ``text`` writes after 农历, each with the span of its words; a leap
    month's day as a span with no date. A month named by its own name (腊月廿四, 正月初八)
    is a lunar one without 农历 before it: no Gregorian month is so named, and reports of
    the Spring Festival visits date them so (real pages, s46: 腊月廿四 a southern 小年). The
    time of day printed after it (正月初八上午) is read with it, as one after a Gregorian day
    is (10日上午): its words were read as a date and the time left out of it (s46's notes;
    real pages, s47: festival visits told by day and time of day, a county's 腊月初八)."""
    found = []
    for m in _lunar_re().finditer(text):
        written = m["named"] or m["month"]
        month = NAMED_MONTHS.get(written) or chinese_to_int(written)
        day = chinese_to_int(with_old_tens_read(m["day"].removeprefix("初")))
        lunar = None if m["leap"] or not month or not day else (month, day, 0)
        if m["part"]:
            words("times_of_day").found(m["part"])
        found.append(DateText(m.start(), m.end(), m[0], lunar=lunar, part=m["part"]))
    return found


def with_lunar_days(found: list[DateText], text: str) -> list[DateText]:
    """``found`` (the dates read in the Gregorian calendar) with the lunar days of
    ``text`` in place of what they misread inside them (十二月 of 农历十二月廿七)."""
    lunar = lunar_dates(text)
    kept = [d for d in found if not any(w.start <= d.start < w.end for w in lunar)]
    return sorted(kept + lunar, key=lambda d: d.start)
