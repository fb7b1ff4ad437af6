"""Dates: as written in the text, resolved to ISO with an honest precision.

The pages carry no date line. An article's date is inferred from what it says:

* ``explicit_date`` — a year it prints (``2018年…培训班``), excluding target years
  (``到2035年``);
* ``event_reference`` — a dated event or term it names (``十八届六中全会``, ``十九大``;
  ``reference/events.yaml``);
* ``same_page`` — nothing in the article, but other articles on its page are dated;
* ``curated_metadata`` — the user's metadata file says so, which beats inference.

The latest of the explicit years and event dates is the article's year (an article is
not older than what it refers to). Month and day come from the latest month-day the
article reports in that year. A former county name (密云县) bounds the date above.
Dates inside an article (``5月28日到6月1日``, ``今年4月``, ``近日``) are then resolved
against the article's date, with the precision lowered when the anchor is uncertain.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from gonghui_build import reference as lexicon
from gonghui_build.text.numbers import chinese_to_int

_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"
_PART = r"(?P<part>上午|下午|晚上|中午|早上|凌晨|晚)?"
DATE_RE = re.compile(
    rf"(?:(?P<year>{_YEAR})年|(?P<rel_year>今年|去年|明年|前年|当年|同年))?"
    rf"(?:(?P<month>{_NUM})月(?:份)?(?:(?P<day>{_NUM})[日号])?(?P<when>上旬|中旬|下旬|初|底|末)?)?"
    rf"{_PART}"
)
RANGE_SEP = r"(?:到|至|—|－|-|～|~)"
RELATIVE_RE = re.compile(
    r"近日|日前|前不久|不久前|近期|最近|连日来|近来|当天|当日|本月|上月|年初|年底|年内|前日|昨天|今天"
)
#: The end of a range that gives only the day: …12日至14日.
_RANGE_END_DAY_RE = re.compile(rf"{RANGE_SEP}(?P<day>{_NUM})[日号]")
DAY_ONLY_RE = re.compile(
    rf"(?<![月\d一二三四五六七八九十])(?P<day>{_NUM})日(?P<part>上午|下午|晚上|中午|早上|晚)?"
)


@dataclass(frozen=True)
class DateText:
    """A date expression found in a text."""

    start: int
    end: int
    text: str
    year: int | None = None
    relative_year: int | None = None  # 0 = this year, -1 = last year …
    month: int | None = None
    day: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    end_year: int | None = None
    relative: str | None = None  # 近日, 日前 …
    part: str | None = None  # the time of day as written: 上午, 下午, 晚上 …
    month_from_context: bool = False  # 16日 after 7月14日至18日: the month read before it
    end_relative_year: int | None = None  # …持续到明年2月底: the end's year, relative


def _num(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else chinese_to_int(text)


_REL_YEAR = {"今年": 0, "当年": 0, "同年": 0, "去年": -1, "前年": -2, "明年": 1}


def _one(match: re.Match[str]) -> DateText | None:
    year = _num(match.group("year"))
    month = _num(match.group("month"))
    day = _num(match.group("day"))
    rel = _REL_YEAR.get(match.group("rel_year") or "")
    if year is None and month is None and rel is None:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is not None and not 1949 <= year <= 2100:
        return None
    return DateText(
        match.start(),
        match.end(),
        match.group(0),
        year=year,
        relative_year=rel,
        month=month,
        day=day,
        part=match.group("part"),
    )


def find_dates(text: str) -> list[DateText]:
    """Date expressions of ``text`` in order, ranges joined into one."""
    found: list[DateText] = []
    for match in DATE_RE.finditer(text):
        if not match.group(0) or not (
            match.group("year") or match.group("month") or match.group("rel_year")
        ):
            continue
        one = _one(match)
        if one is None:
            continue
        if found and re.fullmatch(RANGE_SEP, text[found[-1].end : one.start]):
            first = found.pop()
            one = replace(
                first,
                end=one.end,
                text=text[first.start : one.end],
                end_year=one.year,
                end_month=one.month or first.month,
                end_day=one.day,
            )
        found.append(one)
    # 11月12日至14日: a range whose end gives only the day
    for n, d in enumerate(found):
        if d.month is None or d.day is None or d.end_day is not None:
            continue
        tail = _RANGE_END_DAY_RE.match(text, d.end)
        if tail and (end_day := _num(tail.group("day"))) and end_day > d.day:
            end = tail.end()
            found[n] = replace(
                d, end=end, text=text[d.start : end], end_month=d.month, end_day=end_day
            )
    taken = [(d.start, d.end) for d in found]
    for match in DAY_ONLY_RE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        day = _num(match.group("day"))
        if day and 1 <= day <= 31:
            found.append(
                DateText(
                    match.start(), match.end(), match.group(0), day=day, part=match.group("part")
                )
            )
    for match in _holiday_regex().finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        month, day = _holidays()[match.group("name")]
        if match.group("before"):  # 五一前夕: shortly before, in the month at best
            day = None
        found.append(DateText(match.start(), match.end(), match.group(0), month=month, day=day))
        taken.append((match.start(), match.end()))
    for match in RELATIVE_RE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        found.append(DateText(match.start(), match.end(), match.group(0), relative=match.group(0)))
    return sorted(found, key=lambda d: d.start)


@functools.cache
def _holidays() -> dict[str, tuple[int, int]]:
    """``reference/holidays.yaml``: name as written → (month, day)."""
    data = lexicon.load("holidays.yaml")
    return {n: (h["month"], h["day"]) for h in data["holidays"] for n in h["names"]}


@functools.cache
def _holiday_regex() -> re.Pattern[str]:
    names = lexicon.alternation(_holidays())
    # 五一 only as a holiday: not inside 五一班 or 十五一; followed by a marker of time
    return re.compile(
        rf"(?<![一二三四五六七八九十\d])(?P<name>{names})"
        r"(?:(?P<before>前夕|前)|当天|当日|期间|到来之际|来临之际|之际)?"
        r"(?=[，、。；]|上午|下午|晚上|节日|举办|举行|召开|开展|组织|，)"
    )


# --- events -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    names: tuple[str, ...]
    start: dt.date
    end: dt.date
    kind: str
    source: str


@functools.cache
def events() -> tuple[Event, ...]:
    data = lexicon.load("events.yaml")
    return tuple(
        Event(tuple(e["names"]), e["start"], e["end"], e.get("kind", "event"), e["source"])
        for e in data["events"]
    )


@functools.cache
def _event_regex() -> re.Pattern[str]:
    names = sorted({n for e in events() for n in e.names}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def events_in(text: str) -> list[tuple[Event, str]]:
    by_name = {n: e for e in events() for n in e.names}
    return [(by_name[m.group(0)], m.group(0)) for m in _event_regex().finditer(text)]


# --- article dates ------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleDate:
    date: str | None  # ISO, partial
    precision: str | None
    basis: str
    evidence: str | None
    year: int | None
    month: int | None


NO_DATE = ArticleDate(None, None, "none", None, None, None)
#: Words around a year that make it a target, not a fact: 到2035年, 部署2019年任务.
_TARGET_BEFORE = ("到", "至", "截至", "截止", "部署", "谋划", "展望")
#: Words that make what follows in the clause a plan, not a fact.
PLAN_WORDS = (
    "预计",
    "计划于",
    "计划在",
    "拟于",
    "拟",
    "下一步",
    "准备",
    "将于",
    "将要",
    "即将",
    "争取",
    "力争",
    "要积极",
    "还将",
    "将在",
    "将继续",
)


def clause_before(text: str, pos: int) -> str:
    """The clause of ``text`` that ends at ``pos``."""
    start = max(text.rfind(p, 0, pos) for p in "。！？；，\n") + 1
    return text[start:pos]


def is_planned(text: str, pos: int) -> bool:
    """Whether the clause around ``pos`` speaks of a plan (预计8月底完成)."""
    end = min((i for i in (text.find(p, pos) for p in "。！？；，") if i >= 0), default=len(text))
    clause = clause_before(text, pos) + text[pos:end]
    return any(w in clause for w in PLAN_WORDS)


_TARGET_AFTER = ("前", "以前", "之前", "任务", "目标", "规划", "计划")


def explicit_years(text: str) -> list[tuple[int, str]]:
    """Years a text prints as facts (not targets such as 到2035年)."""
    out = []
    for d in find_dates(text):
        if d.year is None:
            continue
        before = text[max(0, d.start - 2) : d.start]
        after = text[d.end : d.end + 2]
        if d.month is None and is_planned(text, d.start):
            continue  # 明年将于2019年…: a year in a plan
        if before.endswith(_TARGET_BEFORE) or after.startswith(_TARGET_AFTER):
            continue
        out.append((d.year, d.text))
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


def infer_article_date(text: str) -> ArticleDate:
    """The date of an article from its own text (see the module docstring)."""
    candidates: list[tuple[dt.date, str, str, str]] = []  # date, precision, basis, evidence
    for year, written in explicit_years(text):
        candidates.append((dt.date(year, 1, 1), "year", "explicit_date", written))
    for event, written in events_in(text):
        candidates.append(
            (event.end, "year", "event_reference", f"{written} ({event.end.isoformat()})")
        )
    bound = _former_name_bound(text)
    if bound:
        candidates = [c for c in candidates if c[0] < bound[0]] or candidates
    if not candidates:
        return NO_DATE
    latest = max(candidates, key=lambda c: c[0])
    year = latest[0].year
    evidence = latest[3]
    if bound:
        evidence += f"; {bound[1]} in use (renamed {bound[0]:%Y-%m})"
    # month: the latest month-day of that year the article reports as done
    month, month_text = None, ""
    floor = latest[0] if latest[2] == "event_reference" else dt.date(year, 1, 1)
    for d in find_dates(text):
        if d.month is None or (d.year not in (None, year)) or d.relative_year not in (None, 0):
            continue
        if is_planned(text, d.start):
            continue
        month_end = d.end_month or d.month
        try:
            when = dt.date(year, month_end, d.end_day or d.day or 1)
        except ValueError:
            continue
        in_range = when >= floor.replace(day=1) and (bound is None or when < bound[0])
        if in_range and (month is None or month_end > month):
            month, month_text = month_end, d.text
    if month:
        evidence += f"; {month_text}"
    if month:
        return ArticleDate(f"{year:04d}-{month:02d}", "month", latest[2], evidence, year, month)
    return ArticleDate(f"{year:04d}", "year", latest[2], evidence, year, None)


def curated_date(iso: str) -> ArticleDate:
    """An article date given by the curated metadata file (YYYY, YYYY-MM or YYYY-MM-DD)."""
    parts = [int(x) for x in iso.split("-")]
    precision = ("year", "month", "day")[len(parts) - 1]
    month = parts[1] if len(parts) > 1 else None
    return ArticleDate(iso, precision, "curated_metadata", f"metadata file: {iso}", parts[0], month)


# --- dates inside an article ---------------------------------------------------------------


@dataclass(frozen=True)
class ResolvedDate:
    start: str | None
    start_precision: str | None
    end: str | None
    end_precision: str | None
    basis: str  # explicit | article_year | relative | parent | lead | article | none
    text: str | None = None  # the date as written
    time_of_day: str | None = None  # morning, noon, afternoon, evening, night


#: Times of day as written (7月10日上午) and as published.
TIME_OF_DAY = {
    "上午": "morning",
    "早上": "morning",
    "中午": "noon",
    "下午": "afternoon",
    "晚上": "evening",
    "晚": "evening",
    "凌晨": "night",
}


def _iso(year: int, month: int | None, day: int | None) -> tuple[str, str]:
    if month is None:
        return f"{year:04d}", "year"
    if day is None:
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


def resolve(d: DateText, article: ArticleDate) -> ResolvedDate:
    """Resolve a date expression against its article's date, keeping its text and
    time of day."""
    return replace(_resolve(d, article), text=d.text, time_of_day=TIME_OF_DAY.get(d.part or ""))


def _resolve(d: DateText, article: ArticleDate) -> ResolvedDate:
    if d.year is not None:
        start, sp = _iso(d.year, d.month, d.day)
        end, ep = (None, None)
        if d.end_month or d.end_day:
            end, ep = _iso(d.end_year or d.year, d.end_month, d.end_day)
        return ResolvedDate(start, sp, end, ep, "explicit")
    if article.year is None:
        return ResolvedDate(None, None, None, None, "none")
    if d.relative is not None:
        # 近日, 日前: shortly before the article's publication, whose month is unknown
        # (the article's month is only its latest reported event): the year
        iso, p = _iso(article.year, None, None)
        return ResolvedDate(iso, p, None, None, "relative")
    year = article.year + (d.relative_year or 0)
    # a bare day (25日) is in the article's month; 今年, 去年 alone are only a year
    month = d.month if d.month is not None else (article.month if d.day is not None else None)
    if d.month is None and d.day is not None and article.month is None:
        return ResolvedDate(_iso(year, None, None)[0], "year", None, None, "relative")
    start, sp = _iso(year, month, d.day)
    end, ep = (None, None)
    if d.end_month or d.end_day:
        end_year = d.end_year or (
            article.year + d.end_relative_year if d.end_relative_year is not None else year
        )
        end, ep = _iso(end_year, d.end_month or month, d.end_day)
    relative = d.relative_year is not None or d.month is None or d.month_from_context
    basis = "relative" if relative else "article_year"
    return ResolvedDate(start, sp, end, ep, basis)
