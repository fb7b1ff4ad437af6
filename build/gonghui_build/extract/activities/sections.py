"""The sections of a report or summary that set out plans (二、今后五年的目标任务; 五、
2013年工作打算): what such a section lists is planned, whatever verb it is told with
(一是继续开展…竞赛; 2023年举办…运动会), and a year the heading names (2013年工作打算,
明年工作打算) is the year of what it lists with no date of its own."""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.dates.expressions import DateText, find_dates
from gonghui_build.layout.paragraphs import Paragraph

HEADING_ROLES = frozenset({"section_heading"})


def plan_heading_years(paragraphs: Sequence[Paragraph]) -> dict[int, DateText | None]:
    """The paragraphs under a section heading of plans (their ``seq``), each with the
    year that heading names (五、2013年工作打算, 明年工作打算: a year alone, no month), or
    None. A year's summary printed at that year's end (二〇一二年十二月二十八日) sets out
    the next year's plans under such a heading: the plans it lists undated are of the
    heading's year, not the year of printing (real_dev5's gold: 2013)."""
    under: dict[int, DateText | None] = {}
    planning = False
    year: DateText | None = None
    for p in paragraphs:
        if p.role in HEADING_ROLES:
            planning = words("plan_headings").in_text(p.text) is not None
            years = [d for d in find_dates(p.text) if _a_year_alone(d)]
            year = years[0] if planning and len(years) == 1 else None
        elif planning:
            under[p.seq] = year
    return under


def _a_year_alone(d: DateText) -> bool:
    """A year written or counted (2013年, 明年) with no month, day or holiday."""
    has_year = d.year is not None or d.relative_year is not None
    return (
        has_year
        and d.relative is None
        and d.month is None
        and d.day is None
        and d.lunar is None
        and not d.holiday
    )
