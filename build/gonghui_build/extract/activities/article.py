"""The activities of one article as facts: the finder's drafts with their dates resolved
against the article's date and their organisers among the article's organisations."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.ceremonies import closing_day
from gonghui_build.extract.activities.congress_parts import is_congress_part
from gonghui_build.extract.activities.coordinated import called_on_besides
from gonghui_build.extract.activities.dateline_day import written_on
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.headlines import (
    headline_activities,
    reported_in_lead,
    with_speech_occasion,
)
from gonghui_build.extract.activities.here_places import at_parents_venue
from gonghui_build.extract.activities.led_by_person import (
    delegations_union,
    led_by_person,
    names_own_union,
    told_by_hosts,
    union_posts,
)
from gonghui_build.extract.activities.links import own_dated_plan
from gonghui_build.extract.activities.organisers import (
    Resolver,
    names_other_bodies,
    nearest_union,
    organiser_of,
    unions_in_order,
)
from gonghui_build.extract.activities.published_status import running_past, yet_to_come
from gonghui_build.extract.activities.sections import plan_heading_years
from gonghui_build.extract.activities.spanning import event_spanning
from gonghui_build.extract.activities.titled_runs import ended_by_title
from gonghui_build.extract.dates.expressions import DateText, find_dates
from gonghui_build.extract.dates.expressions import words as date_words
from gonghui_build.extract.dates.holiday_seasons import season_end
from gonghui_build.extract.dates.resolve import (
    article_year,
    days_of,
    nth_day,
    one_day_of,
    resolve,
    with_duration,
    within,
)
from gonghui_build.extract.facts import (
    ActivityFact,
    ArticleDate,
    OrgFact,
    PositionFact,
    ResolvedDate,
    ResolvedOrg,
)
from gonghui_build.extract.spans import capped, span_of
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.quality import Run
from gonghui_build.text.clauses import sentences
from gonghui_build.text.numbers import chinese_to_int
from gonghui_build.vocabulary import UNION_TYPES, Category, DateBasis, Precision, Status

#: Roles whose paragraphs report activities (photo captions report events too:
#: 2023年…培训班开班仪式举行).
ACTIVITY_ROLES = frozenset({"body", "standfirst", "photo_caption"})
#: The longest duration (in days) that makes a span from a single day: a meeting, a
#: competition or a festival of a few days runs on consecutive days; a course of a week
#: (为期5天) may skip a weekend, so its length does not give its last day.
SPAN_DAYS = 3


#: The keys of ``dates.yaml: publication_relative`` whose word opening a news item dates
#: what it reports: a day gone by shortly before publication (日前, 上周), or a day of
#: its week or the week before (本周三, 上周五).
_RECENT = ("recent", "last_week", "this_week_day", "last_week_day")


def _opens_entry(d: DateText) -> bool:
    """同日, 次日: a chronicle entry's word for the day of the entry before."""
    return d.relative in date_words("entry_day_words")


def lead_date(body: Sequence[Paragraph]) -> DateText | None:
    """The date a news item opens with (11月23日，…; a day alone, 21日上午，…): the date
    of what it reports. So is a chronicle entry's 同日 or 次日 opening it (``同日  县总工会
    …慰问春节期间坚守岗位的医护人员``: the day of the entry before, not the holiday a
    clause after it names; s51 acts66, county chronicles read on real pages)."""
    first = next((p for p in body if p.role == "body"), None)
    if first is None:
        return None
    s_start, s_end = sentences(first.text)[0]
    recent = lexicon.keyed("dates.yaml", "publication_relative")
    lead = first.text[s_start:s_end]
    found = [
        d
        for d in find_dates(lead)
        if d.month
        or d.year
        or d.day
        or d.lunar
        or recent.get(d.relative or "") in _RECENT
        or (_opens_entry(d) and not lead[: d.start].strip())
    ]
    return found[0] if found else None


def _date(draft, parent, lead, article_date, text: str = "") -> ResolvedDate:
    """The date of an activity: its own, within its parent's, a news item's opening
    date, or the article's year for what is reported as done, as running or as planned
    with no date of its own (将举办…招聘会: the real-page sets date such a plan by the
    article's year, real_dev, real_dev2…real_dev4, real_dev7, real_dev10, real_dev11)."""
    if draft.date:
        when = resolve(draft.date, article_date, ahead=draft.status == Status.planned)
        if draft.category == Category.campaign:
            when = season_end(draft.date, when)  # 元旦春节期间 in 2023: January to February
        return _year_of(when) if _planned_for_half_a_year(draft) else when
    if parent is not None and draft.course_day and (nth := nth_day(parent.date, draft.course_day)):
        return nth
    if parent is not None and (last := closing_day(draft, parent.date)) is not None:
        return last
    if parent is not None:
        return within(parent.date, draft.date_from_parent == "first_day", _one_day(parent))
    if (years := _years_back(draft, text, article_date)) is not None:
        return years
    if (
        draft.status == Status.held
        and lead is not None
        and (_dated_alone(lead) or article_date.day)
    ):
        # a news item reports one occasion: the date it opens with (近日, or a day alone
        # such as 21日上午, only counted from a day of publication the page prints)
        return replace(resolve(lead, article_date), basis=DateBasis.lead)
    return article_year(article_date)  # done, running when it was printed, or planned


def _dated_alone(lead: DateText) -> bool:
    """Whether a news item's opening date dates it without a printed day of publication
    to count from: not a relative word (近日) nor a day alone (21日上午)."""
    return lead.relative is None and bool(lead.month or lead.year or lead.lunar)


# 五年来, 两年来: a number of years counted back from when the page speaks.
_YEARS_SINCE = re.compile(r"(?<![一二三四五六七八九十百0-9])([二两三四五六七八九十]|[2-9])年来")


def _years_back(draft: ActivityDraft, text: str, article_date: ArticleDate) -> ResolvedDate | None:
    """What a sentence sums up over the years counted back before it (报告说，五年来全市
    新建工会组织…；“送温暖”活动累计帮扶…；举办市级职工技能竞赛31项) ran over those
    years, to the page's: the tuning gold of real_dev5 and real_dev7 (congress reports)
    dates it so. Only what was done or runs, with no date of its own."""
    if draft.status == Status.planned or not article_date.year or not text:
        return None
    found = list(_YEARS_SINCE.finditer(text, draft.sentence[0], draft.name_start))
    if not found:
        return None
    n = found[-1][1]
    years = int(n) if n.isdigit() else chinese_to_int(n)
    start = article_date.year - years
    return ResolvedDate(
        f"{start:04d}",
        Precision.year,
        f"{article_date.year:04d}",
        Precision.year,
        DateBasis.article,
        found[-1][0],
    )


def _planned_for_half_a_year(draft: ActivityDraft) -> bool:
    """A plan dated by half a year (下半年区总工会还将举办…培训班, 明年上半年学校将召开…
    论坛) names no month it will be held in: the tuning gold of real_dev3, real_dev4,
    real_dev6 and real_dev7 dates it by the year. What was held or runs over the half
    (热线今年上半年共接听…) keeps the half's months."""
    halves = lexicon.load("dates.yaml").half_years
    return (
        draft.status == Status.planned
        and draft.date is not None
        and draft.date.day is None
        and any(half in draft.date.text for half in halves)
    )


def _year_of(when: ResolvedDate) -> ResolvedDate:
    """The same date to its year only."""
    if when.start is None:
        return when
    return replace(
        when, start=when.start[:4], start_precision=Precision.year, end=None, end_precision=None
    )


def _one_day(event: ActivityFact) -> bool:
    """An event held on the one day it is dated by (a fair, a ceremony), not a campaign
    that runs on from its launch, nor a course (dated by its first day unless it says
    it lasts one), nor one of several days."""
    if event.status != Status.held or event.category == Category.campaign:
        return False
    if event.category == Category.training:
        return event.duration_days == 1
    return (event.duration_days or 1) <= 1


def _span_of_days(
    draft: ActivityDraft, when: ResolvedDate, text: str
) -> tuple[ActivityDraft, ResolvedDate]:
    """A session printed with a span of days is on one day of it (:func:`one_day_of`).
    A day and a duration make a span (为期三天 from 18日) for an event of a few days
    held on its own (a session inside a course shares the course's sentence, not its
    duration; a longer course or programme states its start, not its last day, but a day
    it closed on (结业) is counted back in calendar days); a
    span of days gives the duration when the text states none (6月13日至17日: 5 days).
    Whatever has no date but the span the item opens with (a visit, a talk, a desk set up
    during a two-day trip) is on one day of it, as a lecture is (real_dev4, 6, 7)."""
    if draft.category == Category.lecture or when.basis == DateBasis.lead:
        when = one_day_of(when, when.basis == DateBasis.lead and called_on_besides(text, draft))
    sessions = (Category.lecture, Category.visit)
    if draft.parent is None and draft.category not in sessions:
        s_start, s_end = draft.sentence
        closing = date_words("closing_words").in_text(text[s_start:s_end])
        long_ok = closing  # a run of calendar days, counted back from its last day
        days = draft.duration_days if long_ok or (draft.duration_days or 0) <= SPAN_DAYS else None
        when = with_duration(when, days, closing)
    days = days_of(when)
    if draft.duration_days is None and days is not None:
        draft = replace(draft, duration_days=float(days), duration_text=when.text)
    return draft, when


def _fact(draft, p, runs, when, parent_index, organiser, confidence) -> ActivityFact:
    where = span_of(p, draft.name_start, draft.trigger_end, runs.get(p.seq, []))
    return ActivityFact(
        name=draft.name if draft.titled else None,
        category=draft.category,
        status=draft.status,
        place=draft.place,
        date=when,
        participants=draft.participants,
        duration_days=draft.duration_days,
        duration_text=draft.duration_text,
        parent=parent_index,
        organiser=organiser,
        organiser_written=draft.organiser_text,
        evidence=p.text[draft.sentence[0] : draft.sentence[1]],
        confidence=capped(confidence, where),
        span=where,
    )


class _Passage:
    """What an article's activities share for their organisers: the reading order of its
    paragraphs (a speaker line's union heads the passage after it), the union posts its
    people hold, the delegation its lead reports, and its unions, read when first needed."""

    def __init__(
        self,
        paragraphs: Sequence[Paragraph],
        orgs: Sequence[OrgFact],
        positions: Sequence[PositionFact],
    ) -> None:
        self.texts = {p.seq: p.text for p in paragraphs}
        self.order = {seq: i for i, seq in enumerate(self.texts)}
        self.posts = union_posts(positions)
        self.delegation = delegations_union(paragraphs, orgs)  # 某省总工会副主席某某一行到…
        self._orgs = orgs

    @functools.cached_property
    def unions(self) -> list[tuple]:
        return unions_in_order(self._orgs, self.texts)


def _organiser(
    draft: ActivityDraft,
    p: Paragraph,
    parent: ActivityFact | None,
    orgs: Sequence[OrgFact],
    resolve_org: Resolver,
    passage: _Passage,
) -> ResolvedOrg | None:
    """Who organised the activity: the body its sentence names; its parent's organiser;
    the union of the post of the person leading it (某某一行还走访了…); else, named by no
    other body and no call on all unions to plan, the union whose work the passage
    reports, or the delegation's union (在随后召开的座谈会上: the visit's, not its hosts')."""
    organiser = organiser_of(draft, p, orgs, resolve_org)
    # a congress's session (随即召开的三届一次全委会) is its union's, not a company's that
    # opens the congress's name (某公司第三届职工代表大会暨工会…会员代表大会)
    inherits = (
        parent is not None
        and parent.organiser is not None
        and (parent.organiser.type in UNION_TYPES or not is_congress_part(draft))
    )
    if organiser is None and inherits:
        organiser = parent.organiser
    if organiser is None:
        organiser = led_by_person(draft, p, passage.posts, passage.order)
    lead_words = p.text[draft.sentence[0] : draft.name_start]
    # 要求各级工会…，10月起将组织…: the union's own dated plan after the call is its own
    generic_plan = (
        draft.status == Status.planned
        and bool(words("generic_subjects").in_text(lead_words))
        and not own_dated_plan(lead_words)
    )
    if organiser is not None or names_other_bodies(draft, p, orgs) or generic_plan:
        return organiser
    delegation = passage.delegation
    if delegation and not names_own_union(draft, p, orgs) and not told_by_hosts(draft, p):
        return delegation
    return nearest_union(passage.unions, (passage.order[p.seq], draft.name_start))


def activities_of(
    paragraphs: Sequence[Paragraph],
    runs: dict[int, list[Run]],
    article_date: ArticleDate,
    orgs: Sequence[OrgFact],
    resolve_org: Resolver,
    kind: str,
    positions: Sequence[PositionFact] = (),
) -> list[ActivityFact]:
    """Activities of an article (``paragraphs`` in reading order), with dates,
    organisers and parents resolved; ``positions``: the posts the article gives people,
    for a group led by a person named alone (:mod:`.led_by_person`)."""
    passage = _Passage(paragraphs, orgs, positions)
    body = [p for p in paragraphs if p.role in ACTIVITY_ROLES]
    article_date = written_on(paragraphs, article_date)  # 本报杭州5月11日讯 … 今天: 11 May
    captions = frozenset(i for i, p in enumerate(body) if p.role == "photo_caption")
    lead = lead_date(body) if kind == "news_item" else None
    out: list[ActivityFact] = []
    planning = plan_heading_years(paragraphs)
    drafts = find_activities([p.text for p in body], captions)
    if not drafts:
        # a dated lead reports the headline's event, in a feature too (记者 某某 over it)
        dated = lead is not None if kind == "news_item" else lead_date(body) is not None
        lead_text = next((p.text for p in body if p.role == "body"), "") if dated else ""
        body, drafts = headline_activities(paragraphs)
        drafts = [reported_in_lead(d, lead_text) for d in drafts]
    else:
        body, drafts = with_speech_occasion(paragraphs, body, drafts)
        drafts = ended_by_title(paragraphs, body, drafts)  # ——活动将持续至12月中旬
    for draft in drafts:
        p = body[draft.paragraph]
        if p.seq in planning and draft.status != Status.planned:
            draft = replace(draft, status=Status.planned)  # listed under 今后…目标任务
        parent_index = draft.parent
        # a part named before its series (…是某系列活动之一) has its parent read later
        parent = out[parent_index] if parent_index is not None and parent_index < len(out) else None
        when = _date(draft, parent, lead, article_date, p.text)
        if draft.date is None and parent is None and (heading := planning.get(p.seq)):
            when = resolve(heading, article_date, ahead=True)  # 五、2013年工作打算
        if parent_index is None:
            parent_index = event_spanning(out, draft, when)
            parent = out[parent_index] if parent_index is not None else None
        draft, when = _span_of_days(draft, when, p.text)
        draft = running_past(draft, when, article_date)
        draft = yet_to_come(draft, when, article_date, p.text)
        draft = at_parents_venue(draft, parent.place if parent else None, p.text)
        organiser = _organiser(draft, p, parent, orgs, resolve_org, passage)
        confidence = 0.8 if draft.name and len(draft.name) > len(draft.trigger) else 0.6
        out.append(_fact(draft, p, runs, when, parent_index, organiser, confidence))
    return out
