"""Days told against the day named before them: 当天, 同日 (that day), 次日, 翌日 (the day
after it). ``8月5日，…召开推进会。当天下午，…举办讲座。次日，…调研。同日，…举办竞赛``: the
talk is on the 5th, the survey and the contest on the 6th, each word counted from the
last day the text named before it, itself perhaps told so, or counted from the day of
publication (昨天上午，…首发式举行。又讯 当天下午，…召开换届会议: yesterday afternoon)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.dates.expressions import DateText, find_dates
from gonghui_build.extract.dates.told_entries import days_after


def _told_day(d: DateText) -> bool:
    """A date that names a day: with its month (6月12日), a lunar day written so (正月初八
    上午，…。当天下午，…: festival visits are dated so), one told against the day before
    it (次日), or one counted from publication (昨天)."""
    lunar = d.lunar is not None and not d.holiday
    named = (d.month is not None and d.day is not None) or lunar or days_after(d) is not None
    return named or _publication_day(d)


_COUNTED_DAYS = ("today", "yesterday", "this_week_day", "last_week_day")


def counted_from_the_paper(d: DateText) -> bool:
    """昨天, 今天, 本周三: a day counted from the article's publication
    (``dates.yaml`` publication_relative)."""
    key = lexicon.keyed("dates.yaml", "publication_relative").get(d.relative or "")
    return key in _COUNTED_DAYS


def _publication_day(d: DateText) -> bool:
    """A day counted from the article's publication, no span."""
    return counted_from_the_paper(d) and d.end_month is None and d.end_day is None


def on_day_named_before(texts: list[str], paragraph: int, told: DateText) -> DateText:
    """The day ``told`` (当天, 次日 at its place in paragraph ``paragraph``) names: the last
    day named before it, moved by a day for 次日; ``told`` itself when no day was named
    before it or it is no such word."""
    after = days_after(told)
    if after is None:
        return told
    found = last_date_before(texts, paragraph, told.start, _told_day)
    if found is None:
        return told
    last, p = found
    if _publication_day(last):  # 昨天上午，…。当天下午，…: that day, from publication
        return replace(told, relative=last.relative, days_after=last.days_after + after)
    if last.relative is not None:  # 次日，…。同日，…: counted from the day 次日 names
        last = on_day_named_before(texts, p, last)
        if last.relative is not None:
            return told
    if after and last.end_day is not None:
        last = _last_day_of(last)
    return replace(
        told,
        year=last.year,
        relative_year=last.relative_year,
        month=last.month,
        day=last.day,
        lunar=last.lunar,
        relative=None,
        month_from_context=True,
        days_after=last.days_after + after,
    )


def _last_day_of(span: DateText) -> DateText:
    """The last day of a span of days (``3月19日至20日``: the 20th): 次日 after a meeting
    held over two days is the day after it closed, not its second day (a county
    union's plenary over two days, then 次日 its members' visit: a day of its own; the
    second day of a course is told 第二天 or 开班次日, read by held_days)."""
    return replace(
        span,
        year=span.end_year if span.end_year is not None else span.year,
        relative_year=span.end_relative_year
        if span.end_relative_year is not None
        else span.relative_year,
        month=span.end_month if span.end_month is not None else span.month,
        day=span.end_day,
    )


def last_date_before(
    texts: list[str], paragraph: int, pos: int, keep: Callable[[DateText], bool]
) -> tuple[DateText, int] | None:
    """The last date ``keep`` accepts before ``pos`` of paragraph ``paragraph``, in it
    or in the paragraphs before, and the paragraph it is in."""
    for p in range(paragraph, -1, -1):
        dated = [d for d in find_dates(texts[p]) if keep(d) and (p < paragraph or d.end <= pos)]
        if dated:
            return dated[-1], p
    return None
