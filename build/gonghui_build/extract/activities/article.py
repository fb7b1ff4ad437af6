"""The activities of one article as facts: the finder's drafts with their dates resolved
against the article's date and their organisers among the article's organisations."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.attributes import first_body
from gonghui_build.extract.activities.background import in_directive_clause
from gonghui_build.extract.activities.bystanders import is_bystander, joined_posts
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.headlines import headline_activities, reported_in_lead
from gonghui_build.extract.activities.sections import under_plan_heading
from gonghui_build.extract.dates.expressions import DateText, find_dates
from gonghui_build.extract.dates.expressions import words as date_words
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
    ResolvedDate,
    ResolvedOrg,
)
from gonghui_build.extract.spans import capped, span_of
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.quality import Run
from gonghui_build.text import ner
from gonghui_build.text.clauses import clause_start, in_spans, quoted_spans, sentences
from gonghui_build.vocabulary import Category, DateBasis, OrgType, Precision, Status

#: Roles whose paragraphs report activities (photo captions report events too:
#: 2023年…培训班开班仪式举行).
ACTIVITY_ROLES = frozenset({"body", "standfirst", "photo_caption"})
UNIONS = (OrgType.union_federation, OrgType.union)
#: The longest duration (in days) that makes a span from a single day: a meeting, a
#: competition or a festival of a few days runs on consecutive days; a course of a week
#: (为期5天) may skip a weekend, so its length does not give its last day.
SPAN_DAYS = 3

Resolver = Callable[[str, Paragraph, int], ResolvedOrg | None]


@functools.cache
def _going_to() -> re.Pattern[str]:
    return re.compile(rf"(?:{words('going_verbs').pattern})[^，。；：]*$")


@functools.cache
def _coordination() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{words('coordinating_adverbs').pattern})?(?:{words('coordinating_words').pattern})"
    )


def is_venue_or_guest(text: str, start: int) -> bool:
    """An organisation after 在, 邀请… or a verb of going in its clause is the place or a
    guest of an activity, not its organiser (在区党校举办, 来到…服务站)."""
    if words("venue_or_guest").ending(text[max(0, start - 3) : start]):
        return True
    begin = clause_start(text, start)
    going = _going_to().search(text[begin:start])
    words("going_verbs").note_in(going[0][:2] if going else None)
    return bool(going)


#: An anniversary celebrated (庆祝某总工会成立100周年暨…竞赛): the body named is the one
#: celebrated, not the one holding the event.
_ANNIVERSARY = re.compile(r"成立[\d一二三四五六七八九十百]+周年")


def is_cited(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """An organisation named inside a quoted title (a course on “转型期某工会的职能”) or
    as the body whose anniversary is celebrated is cited, never the organiser."""
    s_start, s_end = sentence
    quoted = quoted_spans(text[s_start:s_end])
    return in_spans(start - s_start, quoted) or bool(_ANNIVERSARY.match(text, end))


def person_role(text: str, end: int) -> str | None:
    """What the person whose post an organisation ending at ``end`` opens does: "leads"
    a delegation (…副主席某某一行到…, …主席某某带队走访), comes as a "guest"
    (…主席某某出席启动仪式, …副主任某某为学员讲授), or does something else
    ("person"); None when no person follows (titles and the name only between them)."""
    tagged = ner.words(text)
    after = [w for w in tagged if w.start >= end][:6]
    person = next((k for k, w in enumerate(after) if w.tag == "PER"), None)
    if person is None or any(w.tag not in ("n", "nz", "w") for w in after[:person]):
        return None
    rest = text[after[person].end : after[person].end + 12]
    rest = rest[len(words("speaker_titles").starting(rest) or "") :]  # 某某教授作…讲座
    rest = rest[len(words("person_fillers").starting(rest) or "") :]
    if words("leading_words_of_person").starting(rest):
        return "leads"
    if words("guest_verbs").starting(rest) or words("teaching_verbs").starting(rest):
        return "guest"
    return "person"


def _hosts(text: str, here: list[OrgFact]) -> set[int]:
    """The organisations (indices in ``here``) that host an activity for another (乙承
    办, 丙协办), with those joined to them (乙、丙承办): never its organiser while another
    body is named."""
    hosts: set[int] = set()
    for k in range(len(here) - 1, -1, -1):
        # the words up to the clause's next mark: 乙大学继续教育学院承办的, 丙共同承办
        after = re.match("[^，。；、的]{0,12}", text[here[k].span.text_end :])[0]
        # 乙大学继续教育学院、丙培训基地承办: the item listed before a host
        end = here[k].span.text_end + len(after)
        between = text[end : here[k + 1].span.text_start] if k + 1 in hosts else ""
        joined = (
            between[:1] == "、" or bool(_coordination().fullmatch(between))
        ) and not re.search("[，。；]", between)
        if words("hosting_verbs").ending(after) or joined:
            hosts.add(k)
    return hosts if len(hosts) < len(here) else set()


def _subject(draft: ActivityDraft, p: Paragraph, here: list[OrgFact]) -> ResolvedOrg | None:
    """The subject of the activity's sentence followed by an organising verb: the one
    nearest the verb (公司工会坚持每年开展…, not the company named in the speaker's
    title before it), the first of coordinated subjects (通州区总工会和…共同召开)."""
    hosts = _hosts(p.text, here)
    for k in range(len(here) - 1, -1, -1):
        o = here[k]
        if k in hosts:
            continue  # 甲委托举办，乙、丙承办的培训班: the hosts run it for 甲
        if in_directive_clause(p.text, o.span.text_start):
            continue  # 落实某区委…要求: the body whose directive is carried out
        if words("speaker_titles").starting(p.text[o.span.text_end : o.span.text_end + 4]):
            continue  # 某学院副教授X作专题辅导: the guest's institution
        between = p.text[o.span.text_end : draft.name_start]
        if o.span.text_end <= draft.name_start and words("verbs").in_text(between):
            while k > 0 and (
                joined := _coordination().fullmatch(
                    p.text[here[k - 1].span.text_end : here[k].span.text_start]
                )
            ):
                words("coordinating_adverbs").note_in(joined[0])
                words("coordinating_words").note_in(joined[0])
                k -= 1
            return here[k].resolved
    return None


def organiser_of(
    draft: ActivityDraft, p: Paragraph, orgs: Sequence[OrgFact], resolve_org: Resolver
) -> ResolvedOrg | None:
    """Who organised an activity, as the text says: 由X承办; an organisation opening its
    name (北京排水集团…培训班; a visit's names its host instead); or the subject of its
    sentence followed by an organising verb. A venue (在…) or a guest (邀请…专家) is not
    an organiser."""
    if draft.organiser_text:
        found = resolve_org(draft.organiser_text, p, draft.organiser_offset or 0)
        first = first_body(draft.organiser_text)
        if found is None and first != draft.organiser_text:
            found = resolve_org(first, p, draft.organiser_offset or 0)
        if found:
            return found
    s_start, _ = draft.sentence
    here = sorted(
        (
            o
            for o in orgs
            if o.span.paragraph == p.seq
            and s_start <= o.span.text_start < draft.trigger_end
            and not is_venue_or_guest(p.text, o.span.text_start)
            and not is_cited(p.text, o.span.text_start, o.span.text_end, draft.sentence)
        ),
        key=lambda o: o.span.text_start,
    )
    roles = joined_posts(p.text, here, [person_role(p.text, o.span.text_end) for o in here])
    leading = [o for o, role in zip(here, roles, strict=True) if role == "leads"]
    if leading:
        return leading[-1].resolved  # 省总工会副主席某某一行到某市慰问: the delegation's
    if "guest" in roles:
        # A的副主席甲，B的主席乙出席…: every post listed before the guests' verb is a guest's
        last = max(k for k, role in enumerate(roles) if role == "guest")
        here = [o for k, o in enumerate(here) if k > last or roles[k] is None]
    for o in here:
        in_name = draft.name_start <= o.span.text_start < draft.trigger_end
        if in_name and draft.category != Category.visit:
            return o.resolved
    return _subject(draft, p, here)


def _unions_in_order(orgs: Sequence[OrgFact], texts: dict[int, str]) -> list[tuple]:
    """The union bodies an article names, each with where it is named (paragraph in
    reading order, offset), but for those named only as overseeing, honoured or acting in
    a passive (:mod:`.bystanders`): read once for all the article's activities."""
    order = {seq: i for i, seq in enumerate(texts)}
    return [
        ((order.get(o.span.paragraph, -1), o.span.text_start), o.resolved)
        for o in orgs
        if o.resolved.type in UNIONS
        and not (o.span.paragraph in texts and is_bystander(texts[o.span.paragraph], o, orgs))
    ]


def _nearest_union(unions: list[tuple], here: tuple[int, int]):
    """The union body named last before ``here`` (:func:`_unions_in_order`): the union
    whose work the passage reports (in an interview round-up, the speaker's, not the
    article's first). A lead reporting its event before any body (…培训班在区委党校举办;
    区总工会主席…作开班动员 after it) has the first union named after it in that
    paragraph or the next."""
    before = [(where, resolved) for where, resolved in unions if where < here]
    if before:
        return max(before, key=lambda u: u[0])[1]
    after = [u for u in unions if u[0] > here and u[0][0] <= here[0] + 1]
    return min(after, key=lambda u: u[0])[1] if after else None


def _names_other_bodies(draft: ActivityDraft, p: Paragraph, orgs: Sequence[OrgFact]) -> bool:
    """Whether the sentence names, before the activity, a body that is no union and not
    a venue or guest: then no union organised it by default."""
    s_start, _ = draft.sentence
    return any(
        o.span.paragraph == p.seq
        and s_start <= o.span.text_start < draft.name_start
        and o.resolved.type not in UNIONS
        and not is_venue_or_guest(p.text, o.span.text_start)
        for o in orgs
    )


def _course_spanning(out: list[ActivityFact], draft: ActivityDraft, when: ResolvedDate):
    """The course held over days that include the day of a lecture, visit or meeting
    reported after it (6月7日至11日 …培训班; 6月8日，…作专题辅导): the session is
    part of the course."""
    sessions = (Category.lecture, Category.visit, Category.meeting)
    if draft.category not in sessions or draft.status != Status.held:
        return None
    if when.start_precision != Precision.day:
        return None
    for i in range(len(out) - 1, -1, -1):
        c = out[i]
        if c.category != Category.training or c.date.end_precision != Precision.day:
            continue
        if c.date.start <= when.start <= c.date.end:
            return i
    return None


def lead_date(body: Sequence[Paragraph]) -> DateText | None:
    """The date a news item opens with (11月23日，…): the date of what it reports."""
    first = next((p for p in body if p.role == "body"), None)
    if first is None:
        return None
    s_start, s_end = sentences(first.text)[0]
    recent = lexicon.keyed("dates.yaml", "publication_relative")
    found = [
        d
        for d in find_dates(first.text[s_start:s_end])
        if d.month or d.year or d.lunar or recent.get(d.relative or "") == "recent"
    ]
    return found[0] if found else None


def _date(draft, parent, lead, article_date) -> ResolvedDate:
    """The date of an activity: its own, within its parent's, a news item's opening
    date, or the article's year for what is reported as done, as running or as planned
    with no date of its own (将举办…招聘会: the real-page sets date such a plan by the
    article's year, real_dev, real_dev2…real_dev4, real_dev7, real_dev10, real_dev11)."""
    if draft.date:
        return resolve(draft.date, article_date, ahead=draft.status == Status.planned)
    if parent is not None and draft.course_day and (nth := nth_day(parent.date, draft.course_day)):
        return nth
    if parent is not None:
        return within(parent.date, draft.date_from_parent == "first_day", _one_day(parent))
    if (
        draft.status == Status.held
        and lead is not None
        and (lead.relative is None or article_date.day)
    ):
        # a news item reports one occasion: the date it opens with (近日 only counted
        # from a day of publication the page prints)
        return replace(resolve(lead, article_date), basis=DateBasis.lead)
    return article_year(article_date)  # done, running when it was printed, or planned


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
    duration; a longer course or programme states its start, not its last day); a span of
    days gives the duration when the text states none (6月13日至17日: 5 days)."""
    talk = draft.category == Category.meeting and not draft.trigger  # ，并与某某座谈 (real_dev4, 7)
    if draft.category == Category.lecture or (
        (draft.category == Category.visit or talk) and when.basis == DateBasis.lead
    ):
        when = one_day_of(when)  # a lecture, a visit or a talk during the trip the item opens
    sessions = (Category.lecture, Category.visit)
    if draft.parent is None and draft.category not in sessions:
        s_start, s_end = draft.sentence
        closing = date_words("closing_words").in_text(text[s_start:s_end])
        days = draft.duration_days if (draft.duration_days or 0) <= SPAN_DAYS else None
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


def activities_of(
    paragraphs: Sequence[Paragraph],
    runs: dict[int, list[Run]],
    article_date: ArticleDate,
    orgs: Sequence[OrgFact],
    resolve_org: Resolver,
    kind: str,
) -> list[ActivityFact]:
    """Activities of an article (``paragraphs`` in reading order), with dates,
    organisers and parents resolved."""
    body = [p for p in paragraphs if p.role in ACTIVITY_ROLES]
    captions = frozenset(i for i, p in enumerate(body) if p.role == "photo_caption")
    # reading order over all paragraphs: a speaker line's union heads the passage after it
    texts = {p.seq: p.text for p in paragraphs}
    order = {seq: i for i, seq in enumerate(texts)}
    unions = None  # read when an activity first needs it
    lead = lead_date(body) if kind == "news_item" else None
    out: list[ActivityFact] = []
    planning = under_plan_heading(paragraphs)
    drafts = find_activities([p.text for p in body], captions)
    if not drafts:
        # a dated lead reports the headline's event, in a feature too (记者 某某 over it)
        dated = lead is not None if kind == "news_item" else lead_date(body) is not None
        lead_text = next((p.text for p in body if p.role == "body"), "") if dated else ""
        body, drafts = headline_activities(paragraphs)
        drafts = [reported_in_lead(d, lead_text) for d in drafts]
    for draft in drafts:
        p = body[draft.paragraph]
        if p.seq in planning and draft.status != Status.planned:
            draft = replace(draft, status=Status.planned)  # listed under 今后…目标任务
        parent_index = draft.parent
        # a part named before its series (…是某系列活动之一) has its parent read later
        parent = out[parent_index] if parent_index is not None and parent_index < len(out) else None
        when = _date(draft, parent, lead, article_date)
        if parent_index is None:
            parent_index = _course_spanning(out, draft, when)
            parent = out[parent_index] if parent_index is not None else None
        draft, when = _span_of_days(draft, when, p.text)
        organiser = organiser_of(draft, p, orgs, resolve_org)
        if organiser is None and parent is not None:
            organiser = parent.organiser
        generic_plan = draft.status == Status.planned and words("generic_subjects").in_text(
            p.text[draft.sentence[0] : draft.name_start]
        )
        if organiser is None and not _names_other_bodies(draft, p, orgs) and not generic_plan:
            # no organiser named: the union whose work the passage reports
            unions = unions if unions is not None else _unions_in_order(orgs, texts)
            organiser = _nearest_union(unions, (order[p.seq], draft.name_start))
        confidence = 0.8 if draft.name and len(draft.name) > len(draft.trigger) else 0.6
        out.append(_fact(draft, p, runs, when, parent_index, organiser, confidence))
    return out
