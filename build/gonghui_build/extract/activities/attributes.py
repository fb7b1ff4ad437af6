"""What a sentence says about an activity: its date, participant count, duration,
place and the text of its organiser (its status: :mod:`.statuses`). Each function
returns a new draft."""

from __future__ import annotations

import re
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.background import charged_between
from gonghui_build.extract.activities.closings import closed_on, opened_on
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import FILE, patterns, words
from gonghui_build.extract.activities.held_days import threads_on
from gonghui_build.extract.activities.mentions import Mention
from gonghui_build.extract.activities.participant_counts import count, counted_by_bodies_only
from gonghui_build.extract.activities.places import place_of
from gonghui_build.extract.activities.statuses import planned_subject
from gonghui_build.extract.activities.told_days import last_date_before, on_day_named_before
from gonghui_build.extract.activities.year_ends import year_end_month
from gonghui_build.extract.dates.article import is_planned
from gonghui_build.extract.dates.expressions import DateText, find_dates, is_comparison
from gonghui_build.extract.dates.resolve import lunar_day
from gonghui_build.extract.facts import Participants
from gonghui_build.text.clauses import clause_end, clause_start
from gonghui_build.text.numbers import chinese_to_int
from gonghui_build.text.tokenizer import has_word
from gonghui_build.vocabulary import Category, Status


def duration(sentence: str) -> tuple[float, str] | None:
    """为期三天 → (3, 为期三天); 为期半年 → (182.5, …); 为期两天半 → (2.5, …)."""
    match = patterns().duration.search(sentence)
    if not match:
        return None
    raw = match.group("num")
    value = 0.5 if raw == "半" else (int(raw) if raw.isdigit() else chinese_to_int(raw))
    if value is None:
        return None
    words("duration_words").note_in(match[0])
    unit = lexicon.words(FILE, "duration_units").found(match["unit"])
    written = match.group(0)
    if raw != "半" and sentence.startswith("半", match.end()):
        value, written = value + 0.5, written + "半"  # 两天半: and half a unit more
    return value * lexicon.load(FILE).duration_units[unit], written


def _ends_a_run(text: str, at: int) -> bool:
    """The date at ``at`` ends a run (持续至11月, 延续到明年2月): an until word of two or
    more characters right before it; a bare 到 or 至 also joins a range's two days."""
    until = words("until_words").ending(text, at)
    return until is not None and len(until) > 1


def _inside_from(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts when it opens inside a campaign told
    before it (…，其间将陆续举办…); 0 otherwise."""
    lo = clause_start(text, pos)
    return lo if lo and words("series_inside").starting(text[lo:pos].lstrip()) else 0


def _date_of(
    draft: ActivityDraft, text: str, sentence: tuple[int, int], trig_start: int
) -> DateText | None:
    """The date a sentence gives an activity: not a year that is part of its name
    (2018年…培训班), nor a planned or compared one; the most precise date before the
    mention (at ``trig_start``), else the first after it. A holiday is the occasion, a
    day written beside it the date (4月28日，在“五一”劳动节来临之际，…)."""
    s_start, s_end = sentence
    sentence_text = text[s_start:s_end]
    pos = trig_start - s_start
    found = [
        d
        for d in find_dates(sentence_text)
        if (d.month or d.year or d.relative or d.relative_year is not None or d.day or d.lunar)
        and (draft.status == Status.planned or not is_planned(sentence_text, d.start))
        and not is_comparison(sentence_text, d.start)  # 比去年下降了一半
        and not charged_between(sentence_text, pos, d.start)  # 要求…在年内…: a deadline
    ]
    name_span = (draft.name_start - s_start, draft.trigger_end - s_start)
    found = [
        d for d in found if not _in_name(d, name_span) and not _year_reported_on(sentence_text, d)
    ]
    # 活动将持续至11月，期间将开展…讲座: the end of another activity's run, not this one's;
    # and a clause opening inside a campaign (其间, 期间) leaves the dates before it to it
    lo = _inside_from(sentence_text, pos)
    found = [
        d
        for d in found
        if d.start >= lo and not (d.start < pos and _ends_a_run(sentence_text, d.start))
    ]
    if any(d.day and not d.holiday for d in found):
        found = [d for d in found if not d.holiday]
    # 大赛于今年5月启动，初赛阶段…: the date another activity's words take right after them
    found = [d for d in found if not _anothers_own(sentence_text, d, name_span, pos)]
    before = [d for d in found if d.start <= pos]
    if not before and threads_on(sentence_text):  # 会前，…参观了…工作室，该工作室日前…
        found = [d for d in found if d.start < clause_end(sentence_text, pos)]
    precise = [d for d in before if d.month or d.day or d.relative or d.lunar]
    # 讲授…标准；7日，学员…进行实操训练: a date opening a clause past a semicolon is that clause's
    ahead = [d for d in found if "；" not in sentence_text[pos : d.start]]
    pick = (precise or before)[-1] if before else (ahead[0] if ahead else None)
    if draft.status == Status.planned and planned_subject(text, draft.trigger_end):
        # …运动会将于本月中下旬举行: the date of the plan, not the day it was announced
        end = clause_end(sentence_text, pos)
        ahead = [d for d in found if pos < d.start < end]
        pick = ahead[0] if ahead else pick
    if before and not precise:
        # 今年的“金秋助学”活动于7月启动: a year before it, its month after it in its clause
        end = clause_end(sentence_text, pos)
        after = [d for d in found if pos < d.start < end and (d.month or d.day)]
        pick = after[0] if after else pick
    if draft.sentence == sentence:
        pick = _dated_after_subject(sentence_text, found, draft.trigger_end - s_start) or pick
    return pick.moved(s_start) if pick is not None else None


def _dated_after_subject(text: str, found: list[DateText], end: int) -> DateText | None:
    """复赛于9月12日在某学院举行，决赛于10月8日在某中心举行: the date right after an
    activity's words (its own 于, 将于, 已于, or none: 决赛10月8日举行) is its own, before
    any date an earlier clause gave something else (大赛自6月启动，复赛于…)."""
    after = [d for d in found if d.start >= end and (d.month or d.day)]
    if after and _SUBJECT_DATED.fullmatch(text, end, after[0].start):
        return after[0]
    return None


_SUBJECT_DATED = re.compile("(?:[将已]|已经)?于?")
_SUBJECT_DATED_BY_YU = re.compile("(?:[将已]|已经)?于$")
_HELD_THEN = re.compile("[^，。；：]{0,4}?举行的")


def _anothers_own(text: str, date: DateText, name_span: tuple[int, int], pos: int) -> bool:
    """A date told with 于 right after another activity's word (大赛于今年5月启动) is that
    activity's own (:func:`_dated_after_subject`), not one of a later mention's (one
    after the mention is that mention told again: 培训于4月12日结束); so is
    one told in a clause of holding that describes another activity after it (初赛阶段…；
    9月举行的复赛中)."""
    held = _HELD_THEN.match(text, date.end)
    if held and not name_span[0] <= held.end() < name_span[1]:
        trigger = patterns().trigger.match(text, held.end())
        if trigger is not None:
            return True
    if date.start > pos:
        return False  # 举办…培训班，培训于4月12日结束: the activity told again after it
    # 已经于 is the longest match, and $ also matches before a line break that ends the
    # text searched: none starts more than four characters before the date.
    yu = _SUBJECT_DATED_BY_YU.search(text, max(0, date.start - 4), date.start)
    if yu is None or name_span[0] <= yu.start() <= name_span[1]:
        return False
    head = yu.start()
    return any(m.end() == head for m in patterns().trigger.finditer(text, max(0, head - 8), head))


def _year_reported_on(text: str, date: DateText) -> bool:
    """A year alone that the work of a year follows (汇报了2019年工作情况和2020年工作打算,
    总结2024年度工作) is what is reported on or planned for, not when the activity of the
    sentence was held: no activity is named by it (a name holding it is :func:`_in_name`'s)."""
    return date.month is None and words("year_topic_after").starting(text, date.end) is not None


def year_opening_name(draft: ActivityDraft, text: str) -> DateText | None:
    """The year an activity's name opens with (在2024年某市彩灯制作技能大赛中获奖), when
    nothing else dates it: the year it was held in, not the article's (the gold of
    real_dev6: a craftsman's 2025 story of a 2024 contest). Not a year under review
    (2023年度…述职会: held in the next, :mod:`..dates.reviewed_years`)."""
    found = find_dates(text[draft.name_start : draft.trigger_end])
    if not found or found[0].start != 0 or found[0].year is None or found[0].month:
        return None
    if text.startswith("度", draft.name_start + found[0].end):
        return None
    return found[0].moved(draft.name_start)


def _in_name(date: DateText, name_span: tuple[int, int]) -> bool:
    """A date written inside an activity's name is part of the name (2018年…培训班),
    but for a full day that opens a mention read as a clause (10月27日决赛在某基地举行)
    or stands inside the words taken for its name (经某党组2022年8月5日会议研究决定): a
    name carries its year, never the day it sits on, so that day is the activity's date
    (real_dev19's gold). Not a holiday's day (“五一”, a name's occasion)."""
    if not name_span[0] <= date.start < name_span[1]:
        return False
    if date.start == name_span[0] and date.day and date.month:
        return False
    return not (date.year and date.month and date.day and not date.holiday)


def enrich(
    draft: ActivityDraft,
    text: str,
    sentence: tuple[int, int],
    trig_start: int,
    stretch: tuple[int, int],
    with_date: bool = True,
    mention_end: int | None = None,
    trigger: str = "",
) -> ActivityDraft:
    """The draft with what the sentence says about it and was not known yet; counts
    are read from the activity's own stretch of the sentence, the place nearest its
    mention (``trig_start`` to ``mention_end``). A mention named again by its
    ``trigger`` is named up to that word: what it visits or serves after it (本次走访环卫
    工人六百余人次) is no part of a name, and its count counts."""
    s_start, s_end = sentence
    sentence_text = text[s_start:s_end]
    changes: dict = {}
    if draft.date is None and with_date:
        changes["date"] = _date_of(draft, text, sentence, trig_start)
    held = draft.participants
    if held is None or (
        draft.sentence == sentence and counted_by_bodies_only(draft.category, held.unit)
    ):
        if mention_end is not None:  # named again (此次…活动): this mention's words
            named = (trig_start, _named_end(text, trig_start, mention_end, trigger))
        elif draft.sentence == sentence:
            named = (draft.name_start, draft.trigger_end)
        else:
            named = (s_start, s_start)
        name = (named[0] - s_start, named[1] - s_start) if draft.titled else (0, 0)
        lo, hi = stretch[0] - s_start, stretch[1] - s_start
        # a name printed with its head word (…体检活动), first found: not a deed told
        # (对46名职工每人发放…) nor a mention told again
        printed = bool(draft.trigger) and not trigger
        found = count(sentence_text, lo, hi, draft.category, name, printed)
        if found and (held is None or not counted_by_bodies_only(draft.category, found[2])):
            _, q, unit, written = found
            changes["participants"] = Participants(int(q.value), unit, q.qualifier, written)
    if draft.duration_days is None:
        name = text[draft.name_start : draft.trigger_end - len(draft.trigger)]
        in_name = patterns().name_duration.search(name)
        words("name_duration_units").note_in(in_name[2] if in_name else None)
        # 40天专项行动: a duration in the name
        marked = words("duration_words").words[0] + in_name.group(0) if in_name else ""
        span = duration(marked) if in_name else duration(sentence_text)
        if span:
            changes["duration_days"], changes["duration_text"] = span
    if draft.place is None:
        mention = (trig_start, mention_end or trig_start)
        changes["place"] = place_of(text, sentence, mention, draft.category == Category.visit)
    if draft.organiser_text is None:
        written = organiser_written(sentence_text)
        if written:
            changes["organiser_text"] = written[0]
            changes["organiser_offset"] = s_start + written[1]
    return replace(draft, **changes) if changes else draft


def organiser_written(sentence: str) -> tuple[str, int] | None:
    """The body a sentence says held an activity (由X主办) and where it starts: one
    that holds it before one that hosts it (由甲主办、乙承办), the first of bodies
    listed (由甲、乙主办)."""
    matches = list(patterns().organiser.finditer(sentence))
    hosting = words("hosting_verbs")
    holding = [m for m in matches if not hosting.ending(m[0])]
    match = (holding or matches or [None])[0]
    if match is None:
        return None
    words("organising_verbs").note_in(match[0][match.end("org") - match.start() :])
    return match.group("org").split("、")[0], match.start("org")


def extend_to(draft: ActivityDraft, after: str) -> ActivityDraft:
    """走访活动将持续到12月底, “暖冬行动”将持续到明年2月底: the end of an activity
    whose start was read before."""
    until = patterns().until.match(after)
    words("until_words").note_in(until[0] if until else None)
    if not until or draft.date is None or draft.date.end_month or draft.date.end_day:
        return draft
    ends = find_dates(after[until.end() :])
    if not ends or ends[0].start != 0:
        return draft
    end = year_end_month(_holidays_month(ends[0]))  # 持续到年底: December
    if end.month is None:
        return draft
    return replace(
        draft,
        date=replace(
            draft.date,
            end_year=end.year,
            end_relative_year=end.relative_year,
            end_month=end.month,
            end_day=end.day,
        ),
    )


def _holidays_month(end: DateText) -> DateText:
    """An end told by a lunar holiday of a year written (将持续到2019年春节前): the month
    that holiday falls in that year, the run ending at it (real_dev6's gold: 2019-02); a
    holiday of no year written is left unread (持续到春节后: which one is not certain)."""
    if end.month is not None or end.lunar is None or end.year is None:
        return end
    return replace(end, month=lunar_day(end.year, end.lunar).month, day=None)


def still_running(text: str, m: Mention, s_end: int) -> bool:
    """这项关爱行动仍在持续开展, 走访活动将持续到12月底: a later mention that says the
    activity is still running, in its own clause."""
    end = clause_end(text, m.end, s_end)
    return has_word(text, m.end, end, words("still_running"))


def mentioned_again(
    draft: ActivityDraft,
    paragraph: int,
    text: str,
    sentence: tuple[int, int],
    m: Mention,
    stretch: tuple[int, int],
) -> ActivityDraft:
    """A later mention of an activity already read: it may say that the activity still
    runs (目前，这项关爱行动仍在持续开展) and until when (将持续到明年2月底), and adds
    counts and durations, not its sentence's date (这场培训 in a quote dated by
    something else)."""
    draft = replace(draft, mentions=(*draft.mentions, (paragraph, m.start, m.end)))
    if draft.status == Status.held and still_running(text, m, sentence[1]):
        draft = replace(draft, status=Status.ongoing)
    draft = extend_to(draft, text[m.end : sentence[1]])
    draft = closed_on(draft, text, sentence, m.end)  # 培训班于6月7日结业
    draft = opened_on(draft, text, sentence, m.end)  # 大赛于今年5月启动
    if (draft.date is None or draft.date.month is None) and paragraph != draft.paragraph:
        draft = _dated_when_named_again(draft, text, sentence, m) if m.specific else draft
    told_here = (draft.paragraph, draft.sentence) == (paragraph, sentence)
    if words("totals_openings").in_text(text[sentence[0] : m.start]) and not told_here:
        # 据统计，…各级工会共走访慰问困难企业80多家: the totals of a season, not the
        # count of the visit already read (全年共举办…培训班12期，培训职工900余人次: the
        # totals of the courses this sentence names are theirs)
        stretch = (m.start, m.start)
    again = {"mention_end": m.end, "trigger": m.trigger}
    return enrich(draft, text, sentence, m.start, stretch, with_date=False, **again)


def _dated_when_named_again(
    draft: ActivityDraft, text: str, sentence: tuple[int, int], m: Mention
) -> ActivityDraft:
    """An activity first read with no date (a photo caption over the text: 某某联欢会开场
    舞蹈) named again in a later paragraph after the day it was held (2019年1月27日中午，…
    举办的某某联欢会在某文化宫举行): that day is its date (the gold of real_dev8), in the
    year its name gives, if any. Only a day with its month, before the name: one after it
    or a bare year dates another thing."""
    here = replace(draft, name_start=m.start, trigger_end=m.end, sentence=sentence)
    date = _date_of(here, text, sentence, m.start)
    if date is None or not (date.day and date.month) or date.start > m.start:
        return draft
    if draft.date is not None and date.year not in (None, draft.date.year):
        return draft
    return replace(draft, date=date)


def _named_end(text: str, start: int, end: int, trigger: str) -> int:
    """Where the words naming a mention end: at its last trigger word (本次走访|环卫工人
    六百余人次: the visit, then whom it served), or its end when the trigger closes it
    or is not written in it (“送福进万家”活动)."""
    at = text.rfind(trigger, start, end) if trigger else -1
    return end if at < 0 else at + len(trigger)


def with_month_before(texts: list[str], paragraph: int, day: DateText) -> DateText:
    """A bare day (16日下午) is in the month last named before it (7月14日至18日),
    which is nearer than the article's own month."""
    # the last date before it that names a day (11月8日至9日), else a month that is
    # not a span of months (6月至11月 leaves the month open)
    for needs_day in (True, False):
        found = last_date_before(
            texts,
            paragraph,
            day.start,
            lambda d, needs_day=needs_day: (
                d.month is not None
                and (d.day is not None or not needs_day)
                and (d.day is not None or d.end_month is None)
            ),
        )
        if found is None:
            continue
        last = found[0]
        month = last.month
        # a range across months (6月27日至7月3日): 1日 is in its last month
        if last.end_month and last.day and day.day < last.day:
            month = last.end_month
        return replace(
            day,
            year=last.year,
            relative_year=last.relative_year,
            month=month,
            month_from_context=True,
        )
    return day


def date_in_context(texts: list[str], d: ActivityDraft) -> DateText | None:
    """A date that reads from the dates before it: a bare day (16日) takes their month,
    当天 their day, 次日 the day after it."""
    date = d.date
    if date and date.month is None and date.day is not None:
        return with_month_before(texts, d.paragraph, date)
    if date and date.relative is not None:
        return on_day_named_before(texts, d.paragraph, date)
    return date
