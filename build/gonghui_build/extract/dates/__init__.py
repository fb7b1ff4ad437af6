"""Dates: as written in the text (:mod:`.expressions`), an article's date from its text
(:mod:`.article`), the date of each article of a page and which evidence wins
(:mod:`.page`), and dates inside an article resolved against it
(:mod:`.resolve`)."""

from gonghui_build.extract.dates.article import (
    curated_date,
    events_in,
    infer_article_date,
    is_planned,
)
from gonghui_build.extract.dates.expressions import DateText, find_dates
from gonghui_build.extract.dates.page import date_articles
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
