"""The date of an article from what its text says (when neither the metadata file nor
the page's furniture dates it):

* ``explicit_date`` — a year it prints (``2018年…培训班``), excluding target years
  (``到2035年``) and years in a plan;
* ``event_reference`` — a dated event or term it names (``十八届六中全会``, ``十九大``;
  ``reference/events.yaml``);

Which evidence wins over which (the metadata file, a date the page prints, the text, the
other articles of the page) is decided in :mod:`.page`.

The latest of the explicit years and event dates is the article's year (an article is
not older than what it refers to). An event the text names as done (学习贯彻党的二十大精神)
while every day it reports without a year lies before the event in its year (4月28日,
今年4月22日) is of a later year: the year after the event, the earliest the text allows;
only when a sentence names the event so and reports its day (an activity themed on it),
not a year's review telling earlier months and the event apart. Month and day come from
the latest month-day the article reports in that year. A former county name (密云县)
bounds the date above.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from gonghui_build import reference as lexicon
from gonghui_build.extract.dates.expressions import DateText, find_dates, words
from gonghui_build.extract.dates.reviewed_years import reviewed_year_held_after
from gonghui_build.extract.facts import ArticleDate
from gonghui_build.reference import Words
from gonghui_build.text.clauses import clause_end, clause_start, sentences
from gonghui_build.text.tokenizer import has_word
from gonghui_build.vocabulary import ArticleDateBasis, Precision

NO_ARTICLE_DATE = ArticleDate(None, None, ArticleDateBasis.none, None, None, None)


@dataclass(frozen=True)
class Event:
    names: tuple[str, ...]
    start: dt.date
    end: dt.date
    kind: str
    source: str


@functools.cache
def events() -> tuple[Event, ...]:
    return tuple(
        Event(tuple(e.names), e.start, e.end, e.kind, e.source)
        for e in lexicon.load("events.yaml").events
    )


@functools.cache
def _event_regex() -> re.Pattern[str]:
    names = sorted({n for e in events() for n in e.names}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def events_in(text: str) -> list[tuple[Event, str]]:
    """The dated events ``text`` names, with the name as written."""
    by_name = {n: e for e in events() for n in e.names}
    found = lexicon.words("events.yaml", "events")
    return [(by_name[found.found(m[0])], m[0]) for m in _event_regex().finditer(text)]


def plan_markers() -> Words:
    """Words of a plan (``reference/dates.yaml``): of dates and of activities."""
    return words("plan_markers")


def is_planned(text: str, pos: int) -> bool:
    """Whether the clause around ``pos`` speaks of a plan (预计8月底完成)."""
    return has_word(text, clause_start(text, pos), clause_end(text, pos), plan_markers())


def in_document_title(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a title in book marks (《集体合同（2012—2014年）》): a
    year there names a document's term or edition, not something the text reports."""
    opened = text.rfind("《", 0, pos)
    return opened >= 0 and text.rfind("》", opened, pos) < 0 and text.find("》", pos) >= 0


def explicit_years(text: str) -> list[tuple[int, str]]:
    """Years a text prints as facts (not targets such as 到2035年, nor a document's
    term in its title); a year under review reported early in the next is that next
    year (:mod:`.reviewed_years`)."""
    out = []
    dates = find_dates(text)
    for d in dates:
        if d.year is None or in_document_title(text, d.start):
            continue
        before = text[max(0, d.start - 2) : d.start]
        if d.month is None and is_planned(text, d.start):
            continue  # 明年将于2019年…: a year in a plan
        as_of = d.month is not None and words("as_of_before").ending(before)
        if as_of and not is_planned(text, d.start):
            out.append((d.year, d.text))  # 截至2012年1月10日: a record made on that day
            continue
        if words("target_before").ending(before) or words("target_after").starting(text, d.end):
            continue
        held_after = 1 if reviewed_year_held_after(text, d, dates) else 0  # 2023年度述职会, January
        out.append((d.year + held_after, d.text))
    return out


def _former_name_bound(text: str) -> tuple[dt.date, str] | None:
    """A former county name in use: the article predates the renaming."""
    bound = None
    for d in lexicon.places().districts:
        if d.former and d.renamed and d.former in text:
            year, month = map(int, str(d.renamed).split("-"))
            date = dt.date(year, month, 1)
            if bound is None or date < bound[0]:
                bound = (date, d.former)
    return bound


def done_dates(text: str, year: int | None = None) -> Iterator[DateText]:
    """Dates of the text with a month, of ``year`` or of no year (今年 at most), that it
    reports as done (not in a plan)."""
    for d in find_dates(text):
        if d.month is None or d.year not in (None, year) or d.relative_year not in (None, 0):
            continue
        if not is_planned(text, d.start):
            yield d


def _latest_month(text: str, year: int, floor: dt.date, bound: dt.date | None):
    """The latest month of ``year`` the article reports as done, and how it is written."""
    month, month_text = None, ""
    for d in done_dates(text, year):
        month_end = d.end_month or d.month
        try:
            when = dt.date(year, month_end, d.end_day or d.day or 1)
        except ValueError:
            continue
        in_range = when >= floor.replace(day=1) and (bound is None or when < bound)
        if in_range and (month is None or month_end > month):
            month, month_text = month_end, d.text
    return month, month_text


def _done_mentions(text: str, event: Event) -> list[int]:
    """Where the text names ``event`` as past: its spirit (党的二十大精神) or a word of
    carrying it out before it (学习贯彻二十大), not in a plan; not an event awaited
    (喜迎二十大)."""
    out = []
    for name in event.names:
        for m in re.finditer(re.escape(name), text):
            before = text[max(0, m.start() - 6) : m.start()]
            done = words("event_done_after").starting(text, m.end()) or words(
                "event_done_before"
            ).ending(before)
            if done and not is_planned(text, m.start()):
                out.append(m.start())  # 将深入学习贯彻…: a plan, of any year
    return out


def _reported_days(text: str) -> list[DateText]:
    """Days the text reports as done without their year (4月28日, 今年4月22日)."""
    return [d for d in done_dates(text) if not d.holiday]


def _done_before_its_days(text: str, event: Event) -> bool:
    """Whether every day the text reports lies before ``event`` in its year, and a
    sentence names the event as done and reports a day (or the text reports one day
    only: one event's report): the text is of a later year."""
    days = _reported_days(text)
    try:
        ends = [
            dt.date(event.end.year, d.end_month or d.month, d.end_day or d.day or 1) for d in days
        ]  # type: ignore[arg-type]
    except ValueError:
        return False
    if not days or not all(end < event.start for end in ends):
        return False
    spans = sentences(text)
    day_sentences = {i for d in days for i, (a, b) in enumerate(spans) if a <= d.start < b}
    done = _done_mentions(text, event)
    if done and len(days) == 1:
        return True  # one event's report: its day, and the event it was held on
    return any(
        a <= pos < b and i in day_sentences for pos in done for i, (a, b) in enumerate(spans)
    )


def _event_year(event: Event, written: str, done_later: bool) -> tuple[dt.date, str]:
    """The earliest date an article naming ``event`` can be of, and the evidence: the
    event's close, or (``done_later``: the text reports it done before the days it
    gives) the next year's first day (see the module docstring)."""
    evidence = f"{written} ({event.end.isoformat()})"
    if not done_later:
        return event.end, evidence
    later = dt.date(event.end.year + 1, 1, 1)
    return later, f"{evidence} done before the days it reports: {later.year} or later"


def infer_article_date(text: str) -> ArticleDate:
    """The date of an article from its own text (see the module docstring)."""
    candidates: list[tuple[dt.date, ArticleDateBasis, str]] = []
    for year, written in explicit_years(text):
        candidates.append((dt.date(year, 1, 1), ArticleDateBasis.explicit_date, written))
    done_later: dict[Event, bool] = {}  # read once per distinct event, not per naming
    awaited: list[tuple[dt.date, ArticleDateBasis, str]] = []
    for event, written in events_in(text):
        if event not in done_later:
            done_later[event] = event.kind == "event" and _done_before_its_days(text, event)
        when, evidence = _event_year(event, written, done_later[event])
        (awaited if event.kind == "awaited" else candidates).append(
            (when, ArticleDateBasis.event_reference, evidence)
        )
    # an event the news counted down to for years (北京奥运会) dates only what nothing
    # else dates: its year, the one it was awaited and reported in most
    candidates = candidates or [(dt.date(w.year, 1, 1), b, e) for w, b, e in awaited]
    bound = _former_name_bound(text)
    if bound:
        candidates = [c for c in candidates if c[0] < bound[0]] or candidates
    if not candidates:
        return NO_ARTICLE_DATE
    latest, basis, evidence = max(candidates, key=lambda c: c[0])
    year = latest.year
    if bound:
        evidence += f"; {bound[1]} in use (renamed {bound[0]:%Y-%m})"
    floor = latest if basis == ArticleDateBasis.event_reference else dt.date(year, 1, 1)
    month, month_text = _latest_month(text, year, floor, bound[0] if bound else None)
    if month:
        evidence += f"; {month_text}"
        return ArticleDate(f"{year:04d}-{month:02d}", Precision.month, basis, evidence, year, month)
    return ArticleDate(f"{year:04d}", Precision.year, basis, evidence, year, None)


def iso_parts(iso: str) -> tuple[int, int | None, int | None]:
    """Year, month and day of an ISO date of year, month or day precision."""
    year, *rest = (int(x) for x in iso.split("-"))
    month, day = [*rest, None, None][:2]
    return year, month, day


def curated_date(iso: str) -> ArticleDate:
    """An article date given by the curated metadata file (YYYY, YYYY-MM or YYYY-MM-DD)."""
    year, month, day = iso_parts(iso)
    precision = Precision.day if day else Precision.month if month else Precision.year
    return ArticleDate(
        iso, precision, ArticleDateBasis.curated_metadata, f"metadata file: {iso}", year, month, day
    )
