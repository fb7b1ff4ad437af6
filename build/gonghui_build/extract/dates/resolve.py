"""Dates inside an article (``5月28日到6月1日``, ``今年4月``, ``近日``, ``16日下午``)
resolved against the article's date to ISO, with an honest precision: lowered when the
anchor is uncertain, never guessed."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.dates.expressions import RELATIVE_MONTHS, DateText
from gonghui_build.extract.dates.told_entries import days_after
from gonghui_build.extract.facts import NO_DATE, ArticleDate, ResolvedDate
from gonghui_build.vocabulary import ArticleDateBasis, DateBasis, Precision, TimeOfDay


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


def resolve(d: DateText, article: ArticleDate, ahead: bool = False) -> ResolvedDate:
    """Resolve a date expression against its article's date, keeping its text and
    time of day. ``ahead``: the date is of something planned, which may lie after the
    article's publication."""
    found = _days_later(_resolve(d, article, ahead), d.days_after)
    if d.first is not None:
        found = _from_first_holiday(found, _resolve(d.first, article, ahead))
    return ResolvedDate(
        found.start,
        found.start_precision,
        found.end,
        found.end_precision,
        found.basis,
        text=d.text,
        time_of_day=time_of_day(d.part),
    )


def _from_first_holiday(last: ResolvedDate, first: ResolvedDate) -> ResolvedDate:
    """The days around two holidays (元旦春节期间): from the first one's month to the
    second's, or the one month both fall in."""
    if not (first.start and last.start) or first.start >= last.start or last.end:
        return last
    return replace(first, end=last.start, end_precision=last.start_precision)


def _days_later(found: ResolvedDate, days: int) -> ResolvedDate:
    """A day ``days`` later (次日 after 8月31日: 1 September); a date less precise than
    a day, or none, stays as it is: the day after a month is no day."""
    if not days or found.start is None or found.start_precision != Precision.day:
        return found
    later = (dt.date.fromisoformat(found.start) + dt.timedelta(days=days)).isoformat()
    return replace(found, start=later, end=None, end_precision=None)


#: How many days after an article's publication a date without its year may lie and
#: still be of that year: what the news announces for the coming weeks.
AHEAD_DAYS = 62


def _month_before(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _counted_month(key: str | None, year: int, month: int) -> tuple[int, int]:
    """The month a relative month names, counted from publication's: 上月 the one
    before, 下个月 the one after (a December paper's: next January), 本月 its own."""
    if key == "last_month":
        return _month_before(year, month)
    if key == "next_month":
        return (year + 1, 1) if month == 12 else (year, month + 1)
    return year, month


def _before_publication(
    year: int, month: int | None, d: DateText, article: ArticleDate
) -> tuple[int, int | None]:
    """The year and month of a date written without its year, reported as done in an
    article published on a known day: not after that day. 12月28日 in a paper of 10
    January is last December's; 25日 in a paper of the 17th is last month's. A date
    within :data:`AHEAD_DAYS` after publication is one the news announces (五一 in a
    paper of 27 April), in the same year."""
    published = (article.month or 12, article.day or 31)
    if d.month is not None and (d.month, d.day or 1) > published:
        ahead = dt.date(year, d.month, min(d.day or 1, 28)) - dt.date(year, *published)
        return (year - 1, month) if ahead.days > AHEAD_DAYS else (year, month)
    if d.month is None and d.day is not None and month is not None and d.day > published[1]:
        return _month_before(year, month)
    return year, month


def _from_publication(word: str, article: ArticleDate) -> ResolvedDate:
    """A relative word (近日, 上月, 昨天) counted from the day the article was published."""
    key = lexicon.keyed("dates.yaml", "publication_relative").get(word)
    if key is not None:
        lexicon.words("dates.yaml", "publication_relative").found(word)
    year, month, day = article.year or 0, article.month or 1, article.day or 1
    if key in ("today", "yesterday"):
        when = dt.date(year, month, day) - dt.timedelta(days=1 if key == "yesterday" else 0)
        iso, p = _iso(when.year, when.month, when.day)
    elif key in _WEEK_DAYS and article.day:  # 本周三, 上周五: that day of the week
        when = _day_of_week(dt.date(year, month, day), word[-1], _WEEK_DAYS[key])
        iso, p = _iso(when.year, when.month, when.day)
    elif key == "last_week" and article.day:  # 上周: the month of the day a week before
        when = dt.date(year, month, day) - dt.timedelta(days=7)
        iso, p = _iso(when.year, when.month, None)
    elif key == "since_year_start":  # 年初以来: from January of the article's year
        iso, p = _iso(year, 1, None)
    elif key == "recent" or key in RELATIVE_MONTHS or _in_its_month(key, article):
        iso, p = _iso(*_counted_month(key, year, month), None)
    else:  # 年初, 年底 in other months, 当天 (the day of an event named before): the year
        iso, p = _iso(year, None, None)
    return ResolvedDate(iso, p, None, None, DateBasis.relative)


#: The keys of ``dates.yaml: publication_relative`` naming a day of a week, with the weeks
#: back from the week of publication (本周三: 0, 上周五: 1).
_WEEK_DAYS = {"this_week_day": 0, "last_week_day": 1}
#: The days of the week as their names end (周一 … 周日, 周天), Monday first.
_WEEKDAY_NAMES = "一二三四五六"


def _day_of_week(published: dt.date, name: str, weeks_back: int) -> dt.date:
    """The day named ``name`` (三 of 本周三; 日 or 天 for Sunday) of the week
    ``weeks_back`` weeks before the week of ``published``, weeks starting on Monday."""
    weekday = _WEEKDAY_NAMES.index(name) if name in _WEEKDAY_NAMES else 6
    monday = published - dt.timedelta(days=published.weekday() + 7 * weeks_back)
    return monday + dt.timedelta(days=weekday)


#: The keys of ``dates.yaml: publication_relative`` naming an end of the year, with the
#: month an article printed in it is of (年底 in a paper of December: December).
_YEAR_ENDS = {"year_end": 12, "year_start": 1}


def _in_its_month(key: str | None, article: ArticleDate) -> bool:
    """年底 in an article printed in December, 年初 in one of January: its month."""
    return key in _YEAR_ENDS and article.month == _YEAR_ENDS[key]


#: How many days before a holiday its eve (前夕, 来临之际) is read at, for its month: a
#: festival on one of the first days of a month has its eve in the month before (春节 on
#: 1 February 2022: January), as one on the 1st does (五一前夕: April, ``expressions``);
#: one on the 5th keeps its own month (2019's 春节: February, the real-shape tests').
EVE_DAYS = 3


@functools.cache
def lunar_day(year: int, lunar: tuple[int, int, int]) -> dt.date:
    """The Gregorian day of a lunar holiday in the year ``year`` (端午 (5, 5, 0) in 2025:
    31 May), by lunar-python's tables of the lunar calendar (imported here: few pages
    name a holiday, and every build and worker would pay for the import)."""
    from lunar_python import Lunar

    month, day, offset = lunar
    solar = Lunar.fromYmd(year, month, day).getSolar()
    if month == LAST_LUNAR_MONTH:
        # 腊八 (12, 8) of a year is the one in its January, which ends the lunar year
        # before (腊八 2026: 26 January 2026, lunar 2025); in a year with none in its
        # January, the one in its December; in one with none at all (2023), the one before
        earlier = Lunar.fromYmd(year - 1, month, day).getSolar()
        solar = earlier if earlier.getYear() == year or solar.getYear() != year else solar
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay()) + dt.timedelta(days=offset)


#: The twelfth lunar month (腊月): its days fall in the Gregorian year after the lunar
#: year it ends, mostly in January (lunar-python's tables).
LAST_LUNAR_MONTH = 12


def _on_lunar_holiday(d: DateText, article: ArticleDate, ahead: bool) -> ResolvedDate:
    """A lunar holiday (中秋节, 春节前夕) on its day in the year written or the article's:
    the last one before publication when it lies more than :data:`AHEAD_DAYS` after it
    (中秋 in a paper of January); shortly before it (前夕) is the month of the days
    before it (:data:`EVE_DAYS`: 春节 on 1 February 2022, its eve January, as 五一前夕 is
    April), or the month of publication when the holiday is still to come and the article
    reports what was done (春节前夕 in a paper of 18 January, 春节 on 12 February:
    January); the days around it (期间) are its month."""
    if d.lunar is None or (d.year is None and article.year is None):
        return NO_DATE
    year = d.year or (article.year or 0) + (d.relative_year or 0)
    basis = DateBasis.explicit if d.year else DateBasis.relative
    day = lunar_day(year, d.lunar)
    eve = day - dt.timedelta(days=EVE_DAYS)
    # 今年春节前夕 is shortly before this year's, as 春节前夕 is; 今年中秋 is not last year's
    if d.year is None and not d.relative_year and article.month and article.day:
        published = dt.date(article.year or year, article.month, article.day)
        if d.relative_year is None and not ahead and (day - published).days > AHEAD_DAYS:
            day = lunar_day(year - 1, d.lunar)
            eve = day - dt.timedelta(days=EVE_DAYS)
        if d.eve and not ahead and day > published:
            eve = published
    if d.eve:
        return ResolvedDate(_iso(eve.year, eve.month, None)[0], Precision.month, None, None, basis)
    iso, precision = _iso(day.year, day.month, None if d.period else day.day)
    return ResolvedDate(iso, precision, None, None, basis)


def _range_end(
    d: DateText, article: ArticleDate, year: int, month: int | None
) -> tuple[str | None, Precision | None]:
    """The last day (or month) of a range whose start was read in ``year``/``month``
    and whose end gives no year of its own: in the start's year, or the next when the
    end's month comes before the start's (12月至3月 runs into the next year)."""
    if not (d.end_month or d.end_day):
        return None, None
    end_year = d.end_year or (
        (article.year or year) + d.end_relative_year if d.end_relative_year is not None else year
    )
    end_month = d.end_month or month
    if d.end_year is None and d.end_relative_year is None and (end_month or 0) < (month or 0):
        end_year += 1
    return _iso(end_year, end_month, d.end_day)


def _opened_before_recently(d: DateText, article: ArticleDate) -> ResolvedDate | None:
    """A date told recently (日前, 近日) that a later mention gave the month the activity
    opened in (大赛日前落下帷幕。大赛自6月启动: the activity finder sets that month on
    it): from that month to the month of publication, the recent word its end. None for
    any other date, or a month after publication."""
    recent = lexicon.keyed("dates.yaml", "publication_relative").get(d.relative or "")
    if recent != "recent" or d.month is None or article.year is None or article.month is None:
        return None
    if (d.month, d.day or 1) > (article.month, article.day or 31):
        return None
    start, sp = _iso(article.year, d.month, d.day)
    end, ep = _iso(article.year, article.month, None)
    return ResolvedDate(start, sp, end, ep, DateBasis.relative)


def _page_month(article: ArticleDate) -> int | None:
    """The month an article dated by its page takes from it: the one month all the page's
    dated items report (1月7日…, 1月8日… over a 近日 item: January, as the annotation
    guide dates 近日 by the article's month when known), under a printed year too
    (``2023年第36期``: :func:`.page._with_digest_month`), else none."""
    by_page = (ArticleDateBasis.same_page, ArticleDateBasis.printed_date)
    return article.month if article.basis in by_page and article.day is None else None


def _told_entrys_day(d: DateText, article: ArticleDate) -> bool:
    """同日, 次日 that no day before them in the text resolved, in an article dated by its
    page to a day: a chronicle's entry told from the entry before, whose day
    (:mod:`.told_entries`, the day after for 次日) is the article's."""
    told = days_after(d) is not None
    return told and article.basis == ArticleDateBasis.same_page and article.day is not None


def _resolve(d: DateText, article: ArticleDate, ahead: bool) -> ResolvedDate:
    if d.lunar is not None:
        return _on_lunar_holiday(d, article, ahead)
    if d.year is not None:
        start, sp = _iso(d.year, d.month, d.day)
        end, ep = (None, None)
        # 1982年至1987年: a range of years ends in a year of its own
        if d.end_month or d.end_day or (d.end_year or d.year) != d.year:
            end, ep = _iso(d.end_year or d.year, d.end_month, d.end_day)
        return ResolvedDate(start, sp, end, ep, DateBasis.explicit)
    if article.year is None:
        return NO_DATE
    if d.relative is not None:
        opened = _opened_before_recently(d, article)
        if opened is not None:
            return opened
        if _told_entrys_day(d, article):
            iso, p = _iso(article.year, article.month, article.day)
            found = ResolvedDate(iso, p, None, None, DateBasis.relative)
        elif article.day is not None:
            found = _from_publication(d.relative, article)
            if d.day is not None and found.start_precision == Precision.month:
                # 本月8日, 上月20日: that day of the month counted from publication
                found = replace(
                    found, start=f"{found.start}-{d.day:02d}", start_precision=Precision.day
                )
        else:
            # 近日, 日前: shortly before the article's publication, whose month is unknown
            # (the article's month is only its latest reported event): the year; but the
            # month every dated item of its page reports (a digest of one month's news)
            whole = lexicon.keyed("dates.yaml", "publication_relative").get(d.relative)
            iso, p = _iso(
                article.year, None if whole == "whole_year" else _page_month(article), None
            )
            found = ResolvedDate(iso, p, None, None, DateBasis.relative)
        # 近日启动…活动，活动将持续到6月底: a start counted from publication keeps its end
        month = int(found.start[5:7]) if found.start_precision != Precision.year else None
        end, ep = _range_end(d, article, int(found.start[:4]), month)
        return replace(found, end=end, end_precision=ep) if end else found
    year = article.year + (d.relative_year or 0)
    # a bare day (25日) is in the article's month; 今年, 去年 alone are only a year
    month = d.month if d.month is not None else (article.month if d.day is not None else None)
    if d.month is None and d.day is not None and article.month is None:
        return ResolvedDate(
            _iso(year, None, None)[0], Precision.year, None, None, DateBasis.relative
        )
    if article.day is not None and d.relative_year is None and not ahead:
        year, month = _before_publication(year, month, d, article)
    start, sp = _iso(year, month, d.day)
    end, ep = _range_end(d, article, year, month)
    relative = d.relative_year is not None or d.month is None or d.month_from_context
    return ResolvedDate(
        start, sp, end, ep, DateBasis.relative if relative else DateBasis.article_year
    )


def within(parent: ResolvedDate, first_day: bool, one_day: bool = False) -> ResolvedDate:
    """The date of something held within ``parent``, as precise as is certain: its first
    day (培训首日), the day of an event held on one day (``one_day``: a talk at a launch
    ceremony, the consultation desk of a fair), or the month of a course that stays in
    one month, else its year."""
    if parent.start is None:
        return NO_DATE
    single = one_day and parent.start_precision == Precision.day and parent.end is None
    if first_day or single:
        return ResolvedDate(parent.start, parent.start_precision, None, None, DateBasis.parent)
    if parent.end and parent.end[:7] != parent.start[:7]:
        return ResolvedDate(parent.start[:4], Precision.year, None, None, DateBasis.parent)
    if parent.start_precision in (Precision.day, Precision.month):
        return ResolvedDate(parent.start[:7], Precision.month, None, None, DateBasis.parent)
    return ResolvedDate(parent.start[:4], Precision.year, None, None, DateBasis.parent)


def nth_day(span: ResolvedDate, n: int) -> ResolvedDate | None:
    """The ``n``-th day of a span of days (a course from the 10th to the 12th: its second
    day is the 11th), or None when the span prints no days or is shorter."""
    if span.start_precision != Precision.day or span.end_precision != Precision.day:
        return None
    day = dt.date.fromisoformat(span.start) + dt.timedelta(days=n - 1)
    if n < 1 or day > dt.date.fromisoformat(span.end or ""):
        return None
    return ResolvedDate(day.isoformat(), Precision.day, None, None, DateBasis.parent)


def one_day_of(span: ResolvedDate, or_later: bool = False) -> ResolvedDate:
    """The date of a session (a lecture, a visit during a trip) printed with a span of
    days: it is held on one of them, which the text does not say; as precise as is
    certain (:func:`within`), the span's text and basis kept. ``or_later``: a call made
    besides on a trip (一行还走访了…) may fall on that day or a later one, so a single
    day gives its month too."""
    single = or_later and span.start_precision == Precision.day and span.end is None
    if not single and (span.end is None or span.end_precision != Precision.day):
        return span
    inner = within(span, first_day=False)
    return replace(inner, basis=span.basis, text=span.text, time_of_day=span.time_of_day)


def article_year(article: ArticleDate) -> ResolvedDate:
    """Reported as done, no date of its own: the year of the article."""
    if not article.year:
        return NO_DATE
    return ResolvedDate(f"{article.year:04d}", Precision.year, None, None, DateBasis.article)


def with_duration(when: ResolvedDate, days: float | None, closing: bool) -> ResolvedDate:
    """A single day and a duration in whole days (18日上午…开幕, 为期三天): the span of
    days they make. The day is the first, or the last when the activity closed on it
    (9月15日…落幕, 比赛为期两天: 14 to 15 September)."""
    if (
        days is None
        or days < 2
        or days != int(days)
        or when.start is None
        or when.start_precision != Precision.day
        or when.end is not None
    ):
        return when
    day = dt.date.fromisoformat(when.start)
    other = day + dt.timedelta(days=int(days) - 1) * (-1 if closing else 1)
    first, last = sorted((day, other))
    return replace(when, start=first.isoformat(), end=last.isoformat(), end_precision=Precision.day)


def days_of(when: ResolvedDate) -> int | None:
    """How many days a span of days lasts, both ends counted (6月13日至17日: 5)."""
    if when.start_precision != Precision.day or when.end_precision != Precision.day:
        return None
    first, last = dt.date.fromisoformat(when.start or ""), dt.date.fromisoformat(when.end or "")
    return (last - first).days + 1 if last >= first else None
