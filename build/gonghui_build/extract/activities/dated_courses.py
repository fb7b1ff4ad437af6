"""A course (or a law campaign, or a consolation show) a sentence reports as held on a
day, named only by what it teaches.

``培训`` alone names a kind of work (``开展业务培训``), so a course headed by it needs a
proper element (a year, a place, an edition) to be an activity (:mod:`.naming`). Union
news reports its small courses otherwise: the sentence opens on the day, the union holds
the course, and the course is named by its craft (``9月7日下午，某街道总工会在职工之家
举办女职工面点制作培训``; ``近日，某县总工会组织…开展编织培训``). Such a course, held on
the day its sentence opens with, is one course, however plain its head.

A campaign spreading the law (``普法宣传``, ``法治宣传``) names its subject in its head: held
on the day its sentence opens with (``5月12日，某市总工会…开展了新一轮普法宣传``) it is one
campaign with no craft before it; undated (``大力开展普法宣传``, ``要加强普法宣传``) it is
the union's work. So is a consolation show (``7月20日至29日，…开展巡回慰问演出``)."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.specific_names import without_modifiers
from gonghui_build.extract.dates.expressions import DateText, find_dates
from gonghui_build.extract.dates.expressions import words as date_words
from gonghui_build.text.clauses import clause_start

#: How many characters of its own (besides generic words) a craft before the head has:
#: 面点制作, 插花艺术, 急救技能; 安全培训 or 业务培训 say only a kind of work.
CRAFT_LENGTH = 4


def _opens_on_a_day(text: str, s_start: int, clause: int) -> bool:
    """The sentence opens on a day (9月7日下午，; 近日，) told in the trigger's clause or
    the one before it, with no word of a plan between."""
    lead = text[s_start:clause]
    if date_words("plan_markers").in_text(lead):
        return False
    lead_end = lead.rstrip("，,")
    if "，" in lead_end or "," in lead_end:
        return False  # 9月7日，区总工会召开会议，要求…开展…: a later clause's directive
    past = date_words("past_days")
    lead = text[s_start:clause] or text[s_start : s_start + 12]
    return any(
        d.start <= 2 and (d.day is not None or (d.relative or "") in past or _part(lead, d))
        for d in find_dates(lead)
    )


def _part(lead: str, d: DateText) -> bool:
    """A month's part written with it (4月上旬, 11月中下旬: ``dates.yaml`` month_parts'
    tens, month_two_tens): a window of ten or twenty days, the occasion a news item
    reports, as a day is. The dates' own list, so the two read the same tens."""
    if d.month is None:
        return False
    tens = (lexicon.table("dates.yaml", "month_parts")["tens"], date_words("month_two_tens"))
    return any(w.ending(d.text) or w.starting(lead, d.end) for w in tens)


def dated_course(text: str, s_start: int, start: int, t_start: int, word: str) -> bool:
    """A course held (举办, 开展, 组织) on the day its sentence opens with, named by a
    craft of four characters or more before a bare head (``dated_course_heads``), or a
    campaign whose head tells its subject (``dated_subject_heads``), with no craft."""
    subject_head = word in words("dated_subject_heads")
    if word not in words("dated_course_heads") and not subject_head:
        return False
    verb_end = start - 1 if text.startswith("了", start - 1) else start
    if not words("holding_verbs").ending(text, verb_end):
        return False
    if not subject_head and len(without_modifiers(text[start:t_start])) < CRAFT_LENGTH:
        return False
    clause = clause_start(text, t_start, s_start)
    if date_words("plan_markers").in_text(text[clause:start]):
        return False  # 9月7日，各街道工会要举办…培训: a plan
    return _opens_on_a_day(text, s_start, clause)
