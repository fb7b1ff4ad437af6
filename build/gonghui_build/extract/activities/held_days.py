"""The day an activity is held on when its sentence gives no date of its own: its
course's first day (培训首日, 开班仪式) or a numbered day of it (第二天, 次日), the day of
the activity before it (结束后, 会后), or the last date of the sentence before. Kept apart
from :mod:`.links`, which finds the activity one is part of."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.told_days import counted_from_the_paper
from gonghui_build.extract.dates.expressions import DateText, find_dates
from gonghui_build.extract.dates.expressions import words as date_words
from gonghui_build.text.clauses import sentences
from gonghui_build.text.numbers import TEN_NUMERALS, chinese_to_int
from gonghui_build.vocabulary import Category


def opens_on_first_day(draft: ActivityDraft, sentence: str) -> bool:
    """培训首日, 开班仪式: held on its parent's first day."""
    return bool(words("first_day_words").in_text(sentence)) or bool(
        words("opening_words").ending(draft.name)
    )


def opens_on_course_day(opening: str) -> bool:
    """A sentence whose opening speaks from inside a course: 培训期间, 学员…, or a day of
    it (培训班第一天, 第二天, 次日), whatever headings stand between it and the course."""
    return bool(
        words("within_course").in_text(opening)
        or words("first_day_words").in_text(opening)
        or course_day(opening) is not None
    )


def course_day(sentence: str) -> int | None:
    """The day of its course a session is held on, when its sentence numbers it:
    培训班第二天, 第3天, 次日 (the day after the course opened). 首日 is
    :func:`opens_on_first_day`'s."""
    if date_words("next_day_words").in_text(sentence):
        return 2
    m = re.search(rf"第(\d{{1,2}}|[{TEN_NUMERALS}]{{1,3}})天", sentence)
    if m is None:
        return None
    return int(m[1]) if m[1].isdigit() else chinese_to_int(m[1])


class Sentence(Protocol):
    """The sentence an activity is read in, as the finder holds it."""

    text: str  # its paragraph's text
    start: int  # where it starts in it
    words: str  # its own text


def inherited_date(
    found: list[ActivityDraft], draft: ActivityDraft, s: Sentence
) -> DateText | None:
    """A held activity whose sentence gives no date: the previous activity's, after
    结束后/会后 (the same day); else the last date of the previous sentence (今年4月，…
    新增22名社工。“…我们举办了…培训班。”), time of day included. A sentence of totals
    (全年共…, 据统计…) tells of the year or the season, not of the day before it; nor is
    a campaign named in quotes of that day (6月，在某项目为47名农民工追回工资。市总工会…
    联合开展“护薪行动”: a season's programme, the day before one of its cases; a city
    yearbook's entry, s51 acts66)."""
    text, s_start, sentence = s.text, s.start, s.words
    if found and threads_on(sentence):
        thread = [d for d in found if not _years_before(d.date)]
        return _one_of_its_days(thread[-1].date) if thread else None
    if words("totals_openings").in_text(sentence):
        return None  # 全年共开展各类劳动竞赛106项: a year's totals, not the day before's
    if draft.category == Category.campaign and "“" in (draft.name or ""):
        return None  # …联合开展“护薪行动”: a season's programme, named in quotes
    previous = [span for span in sentences(text) if span[1] <= s_start]
    if not previous:
        return None
    p_start, p_end = previous[-1]
    dated = [
        d
        for d in find_dates(text[p_start:p_end])
        if d.month or d.year or d.relative_year is not None or counted_from_the_paper(d)
        # 今天上午，…服务站正式启用。某主席到站看望志愿者: the day goes on in the next sentence
    ]
    return dated[-1].moved(p_start) if dated else None


def threads_on(sentence: str) -> bool:
    """A sentence opening with a word that goes on from the activity before (培训结束后,
    会后, 随后; 会前, what the meeting's members did before it sat): of its day. A date in
    a later clause of it (会前，与会人员参观了某工作室，该工作室日前刚刚揭牌) is another
    thing's (s51 acts66: a county portal's plenary report, a provincial site's congress)."""
    return re.match(rf".{{0,8}}(?:{words('after_words').pattern})", sentence) is not None


def _years_before(date: DateText | None) -> bool:
    """A date in a year before the article's (去年, 前年): what someone tells of the past
    inside the story (去年他通过…“师带徒”考取了证书), not the thread 随后 goes on from."""
    return date is not None and date.year is None and (date.relative_year or 0) < 0


def _one_of_its_days(date: DateText | None) -> DateText | None:
    """What followed an activity held over days of one month (6月8日至9日…。在随后召开的
    座谈会上): one of those days, which the text does not say: their month (real_dev4's
    gold, as :func:`..dates.resolve.within` dates a session of a course)."""
    if date is None or date.day is None or date.end_day is None:
        return date
    if date.end_month not in (None, date.month) or date.end_year not in (None, date.year):
        return date
    return replace(date, day=None, end_day=None, end_month=None, part=None)
