"""Date expressions as written: ``2018年``, ``5月28日到6月1日``, ``今年4月``,
``16日下午``, ``近日``, ``五一前夕``, ``元月十日至十二日``.

The grammar (numbers before 年, 月, 日; ranges with 到 or 至) is here; the words
(relative years, times of day, holidays) are in ``reference/dates.yaml`` and
``reference/holidays.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.dates.joined import holidays_in_their_year, spans_from_today
from gonghui_build.extract.dates.year_parts import stands_as_a_time, year_parts
from gonghui_build.reference import Words
from gonghui_build.reference.models import Holiday
from gonghui_build.text.numbers import MONTH_OR_DAY, chinese_to_int, with_old_tens_read

#: A year, its digits perhaps cut by one space where a hard-wrapped line was joined (1
#: 951年, 19 73年: a gazetteer's lines end wherever the width does).
#: A year in Chinese numerals may print its zero as a circle (二○一九, the form many
#: pages type) or, in an OCR's reading, as a Latin O or a digit 0 (二O一九, 二0一九).
#: Read as 〇 only inside a year that opens with 一 or 二, so no run of digits is one.
_ZERO_LOOKALIKES = "○OＯ0"
#: An old page's OCR may read a year's first 1 as a Latin l or I (l962年: a county
#: gazetteer's text layer), read as 1 only before three digits and 年, not after a letter.
_ONE_LOOKALIKES = "lI"
#: An old page's OCR may print every digit apart (1 9 8 6 年 3 月 1 5 日: the layout keeps a
#: blank between two digits), read here as the year, month or day they spell (s42 dates6).
_YEAR = (
    r"(?:\d{4}|\d \d{3}|\d\d \d\d|\d{3} \d|\d \d \d \d|[〇零一二三四五六七八九]{4}"
    rf"|[一二][〇零一二三四五六七八九{_ZERO_LOOKALIKES}]{{3}}"
    rf"|(?<![A-Za-z])[{_ONE_LOOKALIKES}]\d{{3}}(?=年))"
)
#: A month or day of two digits printed apart (1 2 月, 1 5 日), before its 月 or 日.
_SPACED_MONTH_OR_DAY = rf"(?:\d \d(?=[月日号曰])|{MONTH_OR_DAY})"
#: A day of the month: as a month is written, or with an old numeral of tens (廿二, 卅).
_DAY = rf"(?:{MONTH_OR_DAY}|廿[一二三四五六七八九]?|卅一?)"
_SPACED_DAY = rf"(?:{_SPACED_MONTH_OR_DAY}|{_DAY})"
_AS_ZERO = str.maketrans(dict.fromkeys(_ZERO_LOOKALIKES, "〇"))
_AS_ONE = str.maketrans(dict.fromkeys(_ONE_LOOKALIKES, "1"))
RANGE_SEP = r"(?:到|至|—|－|-|～|~)"
#: A range's first day written without 日, its last with it (4月20—22日, 5月3至5日):
#: the day is read before the range's end; so is the first of two days listed, 日 after
#: the last only (4月29、30日: a school's and a county union's activity plans, read s43).
_OPEN_RANGE_DAY = rf"(?={RANGE_SEP}{_DAY}[日号]|(?:[、和]{_DAY})+日)"
#: A range's first month written without 月, its last with it (今年7至11月, 5—6月: the
#: plans' and round-ups' way): the month is read before the range's end; not a number's
#: tail (2017至…).
_OPEN_RANGE_MONTH = rf"(?<![\d.])(?P<open_month>{MONTH_OR_DAY})(?={RANGE_SEP}{MONTH_OR_DAY}月)"
#: The end of a range that gives only the day: …12日至14日, or in an old page's OCR with
#: 曰 for 日, as the range's first day may have it too (四月二十五曰至二十七曰: real_dev21's
#: 1984 page).
_RANGE_END_DAY_RE = re.compile(rf"{RANGE_SEP}(?P<day>{_SPACED_DAY})[日号曰]")
#: The days after the first of an activity held on two or more days of one month
#: (4月24日和28日, 3月5日、12日, or with 日 after the last only: 1月1、2、3日): the last
#: of them ends it (ANNOTATION.md: start on the first day, end on the last); a day with
#: a month of its own is not one of them.
_MORE_DAYS_RE = re.compile(
    rf"(?:(?:和|、|及)(?P<day>{_DAY})(?:[日号](?!{RANGE_SEP})|(?=[、和及]{_DAY})))+"
    r"(?<=[日号])(?![月\d])"
)


def words(section: str) -> Words:
    """A word list of ``reference/dates.yaml``."""
    return lexicon.words("dates.yaml", section)


@functools.cache
def _date_re() -> re.Pattern[str]:
    rel_years = lexicon.alternation(lexicon.load("dates.yaml").relative_years)
    halves = lexicon.alternation(year_parts())
    times = words("times_of_day").pattern
    # Every part below is optional, so the pattern matches the empty string wherever no
    # date starts. The lookahead (what a non-empty match can start with) lets the search
    # pass over those places instead of returning an empty match at each character (the
    # same non-empty matches; the loop over empty ones was most of the time of dates).
    ocr_one = rf"[{_ONE_LOOKALIKES}]\d{{3}}年"
    starts = rf"(?=[\d〇零一二三四五六七八九十元]|{ocr_one}|{rel_years}|{halves}|{times})"
    # a day is 日 or 号, or 曰 as old OCR prints it after a month (三月十六曰)
    return re.compile(
        rf"{starts}(?:(?P<year>{_YEAR})年|(?P<rel_year>{rel_years}))?"
        rf"(?:(?P<month>{_SPACED_MONTH_OR_DAY}|(?<![\d一二三四五六七八九十百千万亿单纪美欧港日])元)月(?:份)?"
        rf"(?:(?P<day>{_SPACED_DAY})(?:[日号曰]|{_OPEN_RANGE_DAY}))?"
        rf"(?P<when>{words('month_parts').pattern})?|{_OPEN_RANGE_MONTH}|(?<![上下每本寒])(?P<half>{halves}))?"
        rf"(?P<part>{times})?"
    )


def _day_with_part(day_marks: str) -> str:
    """A day of the month and the time of day after it (16日下午), the day written with
    one of ``day_marks``: read alone (:func:`_day_only_re`) and after a relative month
    (:func:`_day_after_month_re`)."""
    return rf"(?P<day>{_DAY}){day_marks}(?P<part>{words('times_of_day').pattern})?"


@functools.cache
def _day_only_re() -> re.Pattern[str]:
    """A day written alone: 16日, 16日下午, or 4号 before a time of day (4号上午，大赛启动:
    as spoken; without one, 3号 is a building's, a line's or a document's number)."""
    spoken = rf"号(?={words('times_of_day').pattern})"
    return re.compile(rf"(?<![月\d一二三四五六七八九十廿卅]){_day_with_part(f'(?:日|{spoken})')}")


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
    holiday: bool = False  # 五一前夕, 中秋节: an occasion, not a written day
    #: a lunar holiday (端午节: (5, 5, 0); 除夕: (1, 1, -1)): lunar month, day and days
    #: to move, turned into a Gregorian day once the year is known (resolve.py)
    lunar: tuple[int, int, int] | None = None
    eve: bool = False  # 春节前夕, 中秋来临之际: shortly before the holiday
    period: bool = False  # 春节期间, 五一期间: the days around the holiday, its month
    #: 元旦春节期间, 中秋、国庆期间: the holiday the days around two holidays open with (its
    #: month starts them, the second's ends them; :func:`_joined_to_an_earlier`)
    first: DateText | None = None
    #: 次日 after 8月5日: the day this many days after the one its fields name, counted
    #: once its year is known (resolve.py: 8月31日 → 9月1日)
    days_after: int = 0

    def moved(self, by: int) -> DateText:
        """The same date, its offsets moved ``by`` characters (into a longer text)."""
        return replace(self, start=self.start + by, end=self.end + by)


def _num(text: str | None) -> int | None:
    if not text:
        return None
    if text == "元":  # 元月: the first month
        return 1
    text = text.replace(" ", "").translate(_AS_ONE)  # 1 951: a year cut by a joined line
    text = with_old_tens_read(text)  # 廿二 → 二十二
    return int(text) if text.isdigit() else chinese_to_int(text.translate(_AS_ZERO))


def _one(match: re.Match[str]) -> DateText | None:
    year = _num(match.group("year"))
    month = _num(match.group("month") or match.group("open_month"))
    day = _num(match.group("day"))
    rel = lexicon.load("dates.yaml").relative_years.get(match.group("rel_year") or "")
    half = year_parts().get(match.group("half") or "")
    if match.group("half") and not stands_as_a_time(match):
        return None  # 职工子女暑期托管: the summer of a service listed, no date of the text
    end_month = None
    if half is not None:  # 今年上半年: January to June
        month, end_month = half
    if year is None and month is None and rel is None:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is not None and not 1949 <= year <= 2100:
        return None
    for section, group in (
        ("relative_years", "rel_year"),
        ("month_parts", "when"),
        ("times_of_day", "part"),
    ):
        if match.group(group):
            words(section).found(match.group(group))
    return DateText(
        match.start(),
        match.end(),
        match.group(0),
        year=year,
        relative_year=rel,
        month=month,
        day=day,
        end_month=end_month,
        part=match.group("part"),
    )


def _written_dates(text: str) -> list[DateText]:
    """Years, months and days as written, ranges joined into one."""
    found: list[DateText] = []
    for match in _date_re().finditer(text):
        if not match.group(0) or not (
            match.group("year")
            or match.group("month")
            or match.group("open_month")
            or match.group("rel_year")
            or match.group("half")
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
        tail = _RANGE_END_DAY_RE.match(text, d.end) or _MORE_DAYS_RE.match(text, d.end)
        if tail and (end_day := _num(tail.group("day"))) and end_day > d.day:
            end = tail.end()
            found[n] = replace(
                d, end=end, text=text[d.start : end], end_month=d.month, end_day=end_day
            )
    from gonghui_build.extract.dates.day_ranges import opened_by_year  # reads DateText

    return [opened_by_year(text, d) for d in found]


def find_dates(text: str) -> list[DateText]:
    """Date expressions of ``text`` in order: written dates, bare days (16日下午),
    holidays (五一前夕) and relative words (近日)."""
    from gonghui_build.extract.dates.dotted import dotted_dates  # it reads DateText here
    from gonghui_build.extract.dates.lunar_written import with_lunar_days  # reads DateText

    found = with_lunar_days(_written_dates(text) + dotted_dates(text), text)  # 农历腊月廿三
    taken = [(d.start, d.end) for d in found]
    for match in _day_only_re().finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        day = _num(match.group("day"))
        if match.group("part"):
            words("times_of_day").found(match.group("part"))
        if day and 1 <= day <= 31:
            found.append(
                DateText(
                    match.start(), match.end(), match.group(0), day=day, part=match.group("part")
                )
            )
    for match in _holiday_regex().finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        if match.group("placed") is None and len(match[0]) - len(match["name"]) < 2:
            continue  # 中秋月饼, 五一前往: no date
        if _needs_placing(match["name"]) and not _dated_festival(match, text):
            continue  # 过一个欢乐的春节。, 职工张国庆，: no day of an event
        one = _joined_to_an_earlier(_holiday(match, text), text)
        found = [d for d in found if not (d.holiday and one.start <= d.start)]  # 元旦、
        found.append(one)
        taken.append((one.start, match.end()))
    for match in words("relative_words").finditer(text):
        if any(s <= match.start() < e for s, e in taken) or _month_noun(match, text):
            continue
        found.append(_relative(match, text))
    from gonghui_build.extract.dates.day_ranges import joined_day_ranges  # reads DateText

    found = holidays_in_their_year(text, sorted(found, key=lambda d: d.start))
    return joined_day_ranges(text, spans_from_today(text, found))


#: The keys of ``dates.yaml: publication_relative`` whose words name a month counted from
#: publication (本月, 上月, 下个月): a day may follow them (本月8日).
RELATIVE_MONTHS = ("this_month", "last_month", "next_month")


def _month_noun(match: re.Match[str], text: str) -> bool:
    """A relative month whose 月 starts a noun (送上月饼, 登上月球): no month."""
    tails = words("month_noun_tails")
    return match[0].endswith("月") and tails.starting(text, match.end()) is not None


@functools.cache
def _day_after_month_re() -> re.Pattern[str]:
    return re.compile(_day_with_part("[日号]"))


def _relative(match: re.Match[str], text: str) -> DateText:
    """A relative word (近日, 本月), with the day written right after a relative month
    (本月8日, 上月20日下午: that day of the month counted from publication), which the
    bare-day reading leaves to the month before it."""
    word = match.group(0)
    key = lexicon.keyed("dates.yaml", "publication_relative").get(word)
    after = _day_after_month_re().match(text, match.end()) if key in RELATIVE_MONTHS else None
    day = _num(after.group("day")) if after else None
    if after is None or day is None or not 1 <= day <= 31:
        return DateText(match.start(), match.end(), word, relative=word)
    if after.group("part"):
        words("times_of_day").found(after.group("part"))
    end = after.end()
    return DateText(
        match.start(), end, text[match.start() : end], day=day, relative=word, part=after["part"]
    )


def _holiday(match: re.Match[str], text: str) -> DateText:
    """The date a holiday names: its day, or only its month shortly before it (五一前夕);
    a lunar holiday's day is found once its year is known."""
    entry = _holidays()[lexicon.words("holidays.yaml", "holidays").found(match["name"])]
    for section in ("before_words", "during_words", "period_words"):
        lexicon.words("holidays.yaml", section).note_in(match[0][len(match["name"]) :])
    lexicon.words("holidays.yaml", "followers").starting(text, match.end())
    eve, period = bool(match.group("before")), bool(match.group("period"))
    at = (match.start(), match.end(), match[0])
    if entry.calendar == "lunar":
        lunar = (entry.month, entry.day, entry.offset_days)
        return DateText(*at, holiday=True, lunar=lunar, eve=eve, period=period)
    # 五一前夕: shortly before, 五一期间: the days around it; in the month at best
    day = None if eve or period else entry.day
    return DateText(
        *at, month=_eve_month(entry, eve), day=day, holiday=True, eve=eve, period=period
    )


def _eve_month(entry: Holiday, eve: bool) -> int:
    """The month a holiday names: the month before when it falls on the 1st and the text
    says shortly before it (“五一”前夕 → April, 国庆前夕 → September, 元旦前夕 → December:
    real_dev6's and real_dev7's gold); its own month otherwise (“三八”节前夕 → March)."""
    if not eve or entry.day != 1:
        return entry.month
    return entry.month - 1 or 12


#: What joins two holidays named for the days around both (元旦、春节期间, 中秋和国庆期间).
_HOLIDAY_JOINERS = ("", "、", "和", "与", "及")


def _joined_to_an_earlier(d: DateText, text: str) -> DateText:
    """The days around two holidays named together (元旦春节期间, 中秋、国庆期间: the
    visits of both seasons, 送温暖 from New Year to the Spring Festival) run from the
    first one's month to the second's (real_dev4's and real_dev7's gold: 元旦春节期间 →
    January to February in 2016, January alone in 2012, when 春节 fell in January). The
    first holiday is read as its days around (its month), the expression opens with it."""
    if not (d.holiday and d.period):
        return d
    for match in _holiday_regex().finditer(text, max(0, d.start - 12), d.start):
        if match[0] == match["name"] and text[match.end() : d.start] in _HOLIDAY_JOINERS:
            first = replace(_holiday(match, text), period=True, day=None)
            return replace(d, start=match.start(), text=text[match.start() : d.end], first=first)
    return d


def _needs_placing(name: str) -> bool:
    """A holiday's name that dates nothing alone: a lunar festival's (过春节) or one that is
    a given name too (``holidays.yaml: given_names``, 张国庆)."""
    lunar = _holidays()[name].calendar == "lunar"
    return lunar or name in lexicon.words("holidays.yaml", "given_names")


def _dated_festival(match: re.Match[str], text: str) -> bool:
    """A lunar festival dates an event only with a word that places it (春节前夕, 中秋
    期间) or a time or verb after it (春节上午, 除夕举办): its bare name is mostly the
    festival itself (过一个欢乐的春节), a year before it too (1990年春节，县总工会…慰问:
    real_dev7's gold dates the visits by the year only)."""
    followers = lexicon.words("holidays.yaml", "followers")
    return bool(match.group(0) != match["name"] or followers.starting(text, match.end()))


@functools.cache
def _holidays() -> dict[str, Holiday]:
    """``reference/holidays.yaml``: name as written → its entry."""
    data = lexicon.load("holidays.yaml")
    return {n: h for h in data.holidays for n in h.names}


@functools.cache
def _holiday_regex() -> re.Pattern[str]:
    def alt(section: str) -> str:
        return lexicon.words("holidays.yaml", section).pattern

    # 五一 only as a holiday: not inside 五一班 or 十五一; followed by a marker of time
    # (``placed``), or by a word of two characters or more (端午节前夕精心组织…)
    return re.compile(
        rf"(?<![一二三四五六七八九十\d])(?P<name>{alt('holidays')})"
        rf"(?:{alt('joint_names')}(?={alt('before_words')}|{alt('period_words')}))?"
        rf"(?:(?P<before>{alt('before_words')})|(?P<period>{alt('period_words')})"
        rf"|{alt('during_words')})?"
        rf"(?P<placed>(?=[，、。；]|{alt('followers')}))?"
    )


def is_comparison(text: str, start: int) -> bool:
    """比去年下降了一半: a date after a word of comparison is no date of an event."""
    return bool(words("comparisons").ending(text[max(0, start - 2) : start]))
