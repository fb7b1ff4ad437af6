"""Dates: as written in the text (:mod:`.expressions`), the date of each article of a
page (:mod:`.article`), and dates inside an article resolved against it
(:mod:`.resolve`)."""

from gonghui_build.extract.dates.article import (
    curated_date,
    date_articles,
    events_in,
    infer_article_date,
    is_planned,
)
from gonghui_build.extract.dates.expressions import DateText, find_dates
from gonghui_build.extract.dates.resolve import resolve, within
from gonghui_build.extract.facts import ArticleDate, ResolvedDate

__all__ = [
    "ArticleDate",
    "DateText",
    "ResolvedDate",
    "curated_date",
    "date_articles",
    "events_in",
    "find_dates",
    "infer_article_date",
    "is_planned",
    "resolve",
    "within",
]
