"""Dates inside an article (``5月28日到6月1日``, ``今年4月``, ``近日``, ``16日下午``)
resolved against the article's date to ISO, with an honest precision: lowered when the
anchor is uncertain, never guessed."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.dates.expressions import DateText
from gonghui_build.extract.facts import NO_DATE, ArticleDate, ResolvedDate
from gonghui_build.vocabulary import DateBasis, Precision, TimeOfDay


def _time_of_day() -> dict[str, TimeOfDay]:
    """Times of day as written (上午) → as published (morning)."""
    return lexicon.keyed("dates.yaml", "times_of_day")


def time_of_day(part: str | None) -> TimeOfDay | None:
    return _time_of_day().get(part or "")


def _iso(year: int, month: int | None, day: int | None) -> tuple[str, Precision]:
    if month is None:
        return f"{year:04d}", Precision.year
    if day is None:
        return f"{year:04d}-{month:02d}", Precision.month
    return f"{year:04d}-{month:02d}-{day:02d}", Precision.day


def resolve(d: DateText, article: ArticleDate) -> ResolvedDate:
    """Resolve a date expression against its article's date, keeping its text and
    time of day."""
    found = _resolve(d, article)
    return ResolvedDate(
        found.start,
        found.start_precision,
        found.end,
        found.end_precision,
        found.basis,
        text=d.text,
        time_of_day=time_of_day(d.part),
    )


def _resolve(d: DateText, article: ArticleDate) -> ResolvedDate:
    if d.year is not None:
        start, sp = _iso(d.year, d.month, d.day)
        end, ep = (None, None)
        if d.end_month or d.end_day:
            end, ep = _iso(d.end_year or d.year, d.end_month, d.end_day)
        return ResolvedDate(start, sp, end, ep, DateBasis.explicit)
    if article.year is None:
        return NO_DATE
    if d.relative is not None:
        # 近日, 日前: shortly before the article's publication, whose month is unknown
        # (the article's month is only its latest reported event): the year
        iso, p = _iso(article.year, None, None)
        return ResolvedDate(iso, p, None, None, DateBasis.relative)
    year = article.year + (d.relative_year or 0)
    # a bare day (25日) is in the article's month; 今年, 去年 alone are only a year
    month = d.month if d.month is not None else (article.month if d.day is not None else None)
    if d.month is None and d.day is not None and article.month is None:
        return ResolvedDate(
            _iso(year, None, None)[0], Precision.year, None, None, DateBasis.relative
        )
    start, sp = _iso(year, month, d.day)
    end, ep = (None, None)
    if d.end_month or d.end_day:
        end_year = d.end_year or (
            article.year + d.end_relative_year if d.end_relative_year is not None else year
        )
        end, ep = _iso(end_year, d.end_month or month, d.end_day)
    relative = d.relative_year is not None or d.month is None or d.month_from_context
    return ResolvedDate(
        start, sp, end, ep, DateBasis.relative if relative else DateBasis.article_year
    )


def within(parent: ResolvedDate, first_day: bool) -> ResolvedDate:
    """The date of something held within ``parent``, as precise as is certain: its first
    day (培训首日), or the month of a course that stays in one month, else its year."""
    if parent.start is None:
        return NO_DATE
    if first_day:
        return ResolvedDate(parent.start, parent.start_precision, None, None, DateBasis.parent)
    if parent.end and parent.end[:7] != parent.start[:7]:
        return ResolvedDate(parent.start[:4], Precision.year, None, None, DateBasis.parent)
    if parent.start_precision in (Precision.day, Precision.month):
        return ResolvedDate(parent.start[:7], Precision.month, None, None, DateBasis.parent)
    return ResolvedDate(parent.start[:4], Precision.year, None, None, DateBasis.parent)


def article_year(article: ArticleDate) -> ResolvedDate:
    """Reported as done, no date of its own: the year of the article."""
    if not article.year:
        return NO_DATE
    return ResolvedDate(f"{article.year:04d}", Precision.year, None, None, DateBasis.article)
