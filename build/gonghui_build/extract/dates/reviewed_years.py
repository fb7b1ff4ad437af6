"""A year under review (``2023年度基层工会主席述职会``): the union chairs' yearly reports
on a year are held after it closes, early in the next, so a page reporting one in
January or February is of the year after the one it names (``reference/dates.yaml``,
``reviewed_year_words``). Read by :func:`..article.explicit_years`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gonghui_build.extract.dates.expressions import DateText, words

#: The months a yearly review of the year before is held in (real pages: 6 January,
#: 29 January, 28 February; see ``reviewed_year_words``).
_REVIEW_MONTHS = frozenset({1, 2})
#: How far after ``年度`` the review word may stand (2023年度镇街工会述职评议会议).
_REACH = 16
_CLAUSE_RUN = re.compile(rf"[^，。；！？\n]{{0,{_REACH}}}")


def _names_a_review(text: str, year: DateText) -> bool:
    """The year is written ``YYYY年度`` and a review word follows in its clause."""
    if year.month is not None or not text.startswith("度", year.end):
        return False
    after = _CLAUSE_RUN.match(text, year.end + 1)
    return bool(after) and words("reviewed_year_words").in_text(after[0]) is not None


def _reported_early_in_a_year(dates: Sequence[DateText]) -> bool:
    """Every day the text reports with a month and no year (``dates``: the text's, as
    :func:`.expressions.find_dates` reads them) is in January or February, and it reports
    one."""
    months = [d.month for d in dates if d.month and d.year is None and not d.relative]
    return bool(months) and all(m in _REVIEW_MONTHS for m in months)


def reviewed_year_held_after(text: str, year: DateText, dates: Sequence[DateText]) -> bool:
    """Whether ``year`` is a year under review the text reports in the next year's
    first months (1月8日，…召开2023年度基层工会主席述职会: a 2024 page); ``dates``: the
    text's dates, already read by the caller."""
    return _names_a_review(text, year) and _reported_early_in_a_year(dates)
