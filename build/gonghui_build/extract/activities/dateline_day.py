"""The day a news item was written, when its dateline prints one (``本报杭州5月11日讯``,
``新华社北京3月5日电``), for the words counted from it (今天, 昨天, 本周三).

A paper prints the day its correspondent filed the item in the dateline and the page's
date above it, a day or two later: the item's 今天 is the dateline's day, not the
page's (an e-paper of 12 May whose item ``本报杭州5月11日讯 … 今天，…开班`` opened the
course on 11 May; s51 acts66, real pages of provincial dailies' e-papers and a national
workers' daily). Only a day shortly before the page's own (:data:`FILED_DAYS_MAX`) is
read: a dateline's day further off is a slip of the copy or an older item's reprint.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from gonghui_build.extract.facts import ArticleDate
from gonghui_build.layout.cues import DATELINE_RE
from gonghui_build.layout.paragraphs import Paragraph

#: The most days a dateline's day may come before the page's date and still be the day
#: the item was filed (a weekly's items are filed within its week).
FILED_DAYS_MAX = 7
#: The month and day inside a dateline (``杭州5月11日讯``).
_DAY_RE = re.compile(r"(\d{1,2})月(\d{1,2})日")


def _filed(first: str, published: dt.date) -> dt.date | None:
    """The day the dateline opening ``first`` prints, in the year that puts it on or
    before ``published``; None without one or when it is not shortly before."""
    dateline = DATELINE_RE.match(first.lstrip())
    day = _DAY_RE.search(dateline[0]) if dateline else None
    if day is None:
        return None
    month, date = int(day[1]), int(day[2])
    for year in (published.year, published.year - 1):
        try:
            filed = dt.date(year, month, date)
        except ValueError:
            return None
        if filed <= published:
            return filed if (published - filed).days <= FILED_DAYS_MAX else None
    return None


def written_on(paragraphs: Sequence[Paragraph], article: ArticleDate) -> ArticleDate:
    """``article`` (dated to the day by its page) moved to the day its dateline prints, if
    its first paragraph of text (or its dateline's) opens with one that prints a day
    shortly before the page's."""
    first = next((p.text for p in paragraphs if p.role in ("body", "dateline")), None)
    if first is None or not (article.year and article.month and article.day):
        return article
    filed = _filed(first, dt.date(article.year, article.month, article.day))
    if filed is None or (filed.day == article.day and filed.month == article.month):
        return article
    return replace(
        article, date=filed.isoformat(), year=filed.year, month=filed.month, day=filed.day
    )
