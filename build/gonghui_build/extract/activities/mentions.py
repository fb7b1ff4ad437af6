"""Activity mentions of one sentence: each trigger word folded into the longest name it
stands in, the items of lists (``“A”“B”等活动``, ``A、B、C等形式``: :mod:`.listed`), and
the phrases :mod:`.phrased` reads (named programmes and periods, talks on documents, groups going
to a site), joined with the triggers' mentions. Background (a meeting
cited for its spirit, a national event, a directive carried out) is no mention: see
:mod:`.background`."""

from __future__ import annotations

import re
from dataclasses import replace

from gonghui_build.extract.activities.bargaining import bargaining_rounds
from gonghui_build.extract.activities.contest_rounds import counted_contest_rounds, in_listed_rounds
from gonghui_build.extract.activities.convened import convened_by_kind, convened_in_haste
from gonghui_build.extract.activities.cues import (
    accompanied,
    continued_work,
    counted_after,
    delegation_visit,
    in_open_bracket,
    joined_back,
    measured,
    offered_within,
    official_visit,
    round_of_series,
    series_round,
    service_set_up,
    visit_verb,
    work_carried_on,
    work_visited,
)
from gonghui_build.extract.activities.dated_courses import dated_course
from gonghui_build.extract.activities.facilities import facilities
from gonghui_build.extract.activities.grammar import category_of, patterns, words
from gonghui_build.extract.activities.invited import invited_talks
from gonghui_build.extract.activities.launch_told import launched_as_subject
from gonghui_build.extract.activities.lessons import lessons
from gonghui_build.extract.activities.listed import list_mentions
from gonghui_build.extract.activities.listed_kinds import listed_with_named_siblings
from gonghui_build.extract.activities.listed_sites import stops_of_visit_before
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.naming import (
    category,
    counted_rounds,
    name_start,
    rounds_after,
    trigger_matches,
)
from gonghui_build.extract.activities.next_rounds import next_rounds
from gonghui_build.extract.activities.phrased import (
    launched_periods,
    periods,
    quoted_programmes,
    site_visits,
    talks,
    taught_by_teachers,
    taught_documents,
    trips,
)
from gonghui_build.extract.activities.planned_elections import planned_elections
from gonghui_build.extract.activities.point_events import lone_events
from gonghui_build.extract.activities.quoted_exchanges import quoted_exchanges
from gonghui_build.extract.activities.reported_held import held_as_subject
from gonghui_build.extract.activities.screenings import shown_title_end
from gonghui_build.extract.activities.services import services
from gonghui_build.extract.activities.specific_names import is_specific, sent_to_places
from gonghui_build.extract.activities.staged_shows import staged_shows
from gonghui_build.extract.activities.titled_talks import titled_talks
from gonghui_build.extract.activities.tour_stops import tour_stops
from gonghui_build.extract.activities.visit_sites import (
    listed_sites,
    site_and_households,
    visit_object_end,
)
from gonghui_build.extract.dates.article import is_planned
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.text.clauses import clause_start, in_spans
from gonghui_build.text.numbers import COUNT_NUMERALS
from gonghui_build.vocabulary import Category


def _counted_event(text: str, s_start: int, start: int, t_start: int, word: str) -> bool:
    """组织七十余名职工开展应急救护培训: an activity with a subject of its own (two
    characters or more before its head), or an outing's bare head (组织600名职工参加
    疗休养), that a counted group was organised to hold is one event, however plain its
    name."""
    before = text[clause_start(text, start, s_start) : start]
    count = patterns().count.search(before)
    if count is None:
        return False
    # 组织劳模甲（医师）、劳模乙等9名劳模: the group's members listed before its count
    reach = 0 if before[: count.start()].endswith("等") else max(0, count.start() - 6)
    # 组织600名职工参加疗休养: an outing's bare head holds one programme all the same
    own = t_start - start >= 2 or (t_start == start and words("counted_outings").in_text(word))
    return own and bool(words("organising_groups").in_text(before[reach : count.start()]))


def _staged_once(text: str, s_start: int, start: int, t_start: int) -> bool:
    """为码头工人献上了一场精彩的慰问演出: a show staged for an audience, one round counted
    before its name (a few words of praise between), is one show, however plain its name;
    not a name read back over the audience (为职工送上一场…演出: no show of its own)."""
    before = text[clause_start(text, start, s_start) : start]
    staged = rf"(?:{words('staging_verbs').pattern})了?一场[^，。；、]{{0,6}}$"
    return re.search(staged, before) is not None and "为" not in text[start:t_start]


def _dated_before(text: str, s_start: int, start: int) -> bool:
    """22日上午的结业式: a day told right before the name (with 的) makes one event of
    it, however plain its name. (Not a length: 参加为期三天的培训 is the course just
    read.)"""
    before = text[clause_start(text, start, s_start) : start]
    if not before.endswith("的"):
        return False
    told = before[:-1]
    return any(d.end == len(told) and (d.day or d.month) for d in find_dates(told))


def _slogan_or_note(text: str, start: int, t_end: int, s_end: int, quote_closes: bool) -> bool:
    """Whether the trigger is a word inside an open quotation or bracket, so names no
    activity: “炎夏送清凉、关爱职工安康”工作 (a word of a slogan), …工人先锋号（劳动竞赛
    示范岗） (a word of a note)."""
    marks = re.findall("[“”]", text[start:t_end])
    closing = re.search("[“”]", text[t_end:s_end])
    opened = marks == ["“"] and closing is not None and closing[0] == "”"
    if opened and not quote_closes:
        return True
    return in_open_bracket(text, start, t_end, s_end)


def _talk_title(text: str, s_start: int, start: int) -> str | None:
    """以“新时代企业工会工作怎么干”为题，为学员讲授专题党课: the title a talk is named by,
    told before the name, or None; the verb of talking it holds is noted as consulted."""
    titled = patterns().titled.search(text[s_start:start])
    words("talk_verbs").note_in(
        titled[0][titled.end("title") - titled.start() :] if titled else None
    )
    return titled.group("title") if titled else None


def _planned_rounds(text: str, start: int, t_end: int) -> bool:
    """还将组织送福活动50余场: a plan counting the rounds of an activity after its name is
    one planned programme, however plain its name (real_dev10's gold: the rounds a city's
    unions will hold); a tally of rounds held (全年共开展各类职工培训126场) is not read so."""
    return rounds_after(text, t_end, about=True) and is_planned(text, start)


def _specific_by_context(
    text: str, s_start: int, start: int, t_start: int, t_end: int, word: str, quote_closes: bool
) -> bool:
    """Whether the name or the words around it make one event of the trigger (a name of
    its own, a kind convened, rounds or an event counted, a day told, a service set up):
    再组织三十场演出, 再办两期培训班 (rounds counted are rounds held)."""
    return (
        is_specific(text[start:t_end], word, quote_closes)
        or convened_by_kind(text, s_start, start, t_start, word)
        or counted_rounds(text[s_start:t_start])
        or _planned_rounds(text, start, t_end)
        or counted_contest_rounds(text, t_end, word)
        or _counted_event(text, s_start, start, t_start, word)
        or counted_after(text, start, t_start, t_end)
        or _dated_before(text, s_start, start)
        or launched_as_subject(text, s_start, start, t_start, t_end)
        or _staged_once(text, s_start, start, t_start)
        or dated_course(text, s_start, start, t_start, word)
        or service_set_up(text, s_start, start, word)
        or round_of_series(text, s_start, start)
        or held_as_subject(text, s_start, start, t_start, t_end)
        or sent_to_places(text, s_start, start, t_start, word)
    )


def _no_visit_of_its_own(text: str, s_start: int, t_start: int, t_end: int) -> bool:
    """Whether a visit trigger names no visit: 记者走访了部分企业 (the reporting itself),
    我们主要慰问的人群 (the visit qualifies those visited), 主席到场看望学员 (attending the
    event), 主席到赛场观摩比赛 (watching the contest), 介绍考察情况 (the account of one)."""
    return bool(
        words("reporters").ending(text[max(s_start, t_start - 4) : t_start])
        or text.startswith("的", t_end)
        or words("at_the_event").ending(text[max(s_start, t_start - 2) : t_start])
        or words("watched_contests").starting(text, t_end)
        or words("visit_accounts").starting(text, t_end)
    )


def _visit_specific(text: str, s_start: int, t_start: int, t_end: int, end: int) -> bool:
    """Whether a visit whose object runs to ``end`` is one of its own: 参观了…调节池建设工地
    (a visit to a named site), 某某一行到某地、某地等地调研 (a delegation's visit),
    走访了三十户双职工家庭 (a visit to households counted; 慰问困难职工二百三十七户,
    走访了…等十四名女工: the count closing the object)."""
    counted = re.match(
        r"了?(?:[^，。；、]{2,16}?)?"
        rf"[\d{COUNT_NUMERALS}]+(?:户|家|名|位)",
        text[t_end:end],
    )
    return (
        bool(patterns().site.search(text[t_end:end]) and end - t_end >= 4)
        or delegation_visit(text, s_start, t_start)
        or official_visit(text, s_start, t_start)
        or bool(counted)
    )


def _trigger_mention(text: str, s_start: int, s_end: int, t_start: int, t_end: int, word: str):
    """The mention a trigger word stands in, a list of the sites it visits, or None
    when the trigger names no activity here."""
    start = name_start(text, s_start, t_start)
    end = t_end
    quote_closes = text.startswith("”", t_end) and "“" in text[start:t_end]
    if _slogan_or_note(text, start, t_end, s_end, quote_closes):
        return None
    title = _talk_title(text, s_start, start)
    specific = bool(title) or _specific_by_context(
        text, s_start, start, t_start, t_end, word, quote_closes
    )
    if shown := shown_title_end(text, t_end, word):
        specific, end = True, shown  # 观看电影《某某》: the film named makes one showing
    if not specific and text.startswith("的", t_end) and not joined_back(text, s_start, start):
        return None  # 新纳入竞赛的项目: the activity qualifies a noun
    if not title and "“" not in text[start:t_end] and work_carried_on(text, s_start, start):
        return None  # 将持续开展彝绣技能培训: the union's work going on, no event
    if quote_closes:
        end += 1  # “暖冬行动”, 开展“金秋助学”: the name with its closing mark
    if category_of(word) == Category.visit:
        if _no_visit_of_its_own(text, s_start, t_start, t_end):
            return None
        if accompanied(text, s_start, t_start, t_end):
            # 某某一行随队慰问。: going along on the activity just read, a bare mention of it
            return [Mention(t_start, t_end, word, Category.visit, False)]
        end = visit_object_end(text, end, s_end)
        specific = specific or _visit_specific(text, s_start, t_start, t_end, end)
        if "“" not in text[start:t_end] and continued_work(text, s_start, t_start, t_end):
            return None  # 将持续开展慰问，确保…: the union's work going on, no visit
        sites = listed_sites(text, t_end, s_end) or site_and_households(text, t_end, s_end)
        if len(sites) >= 2 and not _one_tour(text, s_start, t_start):  # 参观了A、B: one each
            return [Mention(a, b, word, Category.visit, True) for a, b in sites]
    return [Mention(start, end, word, category(text, start, t_end), specific, title)]


def _one_tour(text: str, s_start: int, t_start: int) -> bool:
    """镇总工会先后走访了A公司、B公司: the sites a visit's verb lists after a word of
    successive stops in its clause are the stops of one outing (one visit), not an
    outing each (会后参观了A馆、B馆 stays a visit each)."""
    clause = text[clause_start(text, t_start, s_start) : t_start]
    return bool(words("tour_adverbs").in_text(clause))


def _trigger_mentions(text: str, s_start: int, s_end: int, covered) -> list[Mention]:
    """The mentions the sentence's trigger words stand in, outside the spans lists and
    programmes cover."""
    raw: list[Mention] = []
    for t_start, t_end, word in trigger_matches(text, s_start, s_end):
        if in_spans(t_start, covered):
            continue
        if (
            words("modified_nouns").starting(text, t_end)
            and not visit_verb(text, t_end, word)
            and not work_visited(text, s_start, t_start, t_end, word)
        ):
            continue  # 培训计划, 调研报告, 培训工作: the trigger modifies another noun
        if text.startswith("”", t_end) and words("modified_nouns").starting(text, t_end + 1):
            continue  # “送清凉”专项资金: a quoted programme naming a fund, not the activity
        if measured(text, t_end):
            continue  # 加强“送清凉”活动的力度: more of some work
        if words("verb_adverbs").ending(
            text[max(s_start, t_start - 2) : t_start]
        ) and not convened_in_haste(text, s_start, t_start):
            continue  # 各企业工会迅速行动: a trigger right after such an adverb is a verb
        if words("using_verbs").in_text(text[clause_start(text, t_start, s_start) : t_start]):
            continue  # 拨打12351职工服务热线: a service used, not held
        if offered_within(text, s_start, t_start):
            continue  # 现场还为求职者提供技能培训报名: a service offered within the event
        if in_listed_rounds(text, s_start, s_end, t_start):
            continue  # 分初赛、复赛、决赛三个阶段进行: the contest's format, no event
        raw.extend(_trigger_mention(text, s_start, s_end, t_start, t_end, word) or [])
    return raw


def _goes_itself(text: str, event_end: int, going_start: int) -> bool:
    """The event ending at ``event_end`` is what goes to the site told from
    ``going_start``: right before its verb (…文艺演出走进某公司), or with the stop of its
    tour between them (…文艺演出第五站走进某区, …巡回演出首站来到某工地: a series' round by
    its ordinal, ``series_round_units``)."""
    between = text[event_end:going_start]
    return between == "" or re.fullmatch(series_round(), between) is not None


def _with_site_visits(
    text: str, s_start: int, s_end: int, raw: list[Mention], phrased: list[Mention]
) -> list[Mention]:
    """A group going to a site: one visit, with the visit trigger that follows it (来到
    …工地，慰问一线职工), or only the place of another activity named after it (走进…
    中心，开展…活动; 来到某工地，为农民工讲解《…》: a lecture among ``phrased``; a meeting
    told by its shape, 并与职工代表座谈, leaves the visit) or of the one that goes there
    itself (…文艺演出走进某公司), or of a show staged there (艺术团来到某码头，为码头工人送上
    …节目: the troupe went to stage it)."""
    shows = staged_shows(text, s_start, s_end)
    for v in site_visits(text, s_start, s_end):
        talks = [m for m in phrased if m.category == Category.lecture or m in shows]
        later = [m for m in raw + talks if m.start >= v.end]
        if any(m.category != Category.visit for m in later):
            continue
        goers = raw + tour_stops(text, s_start, s_end)  # …演出第五站走进某区
        if any(m.category != Category.visit and _goes_itself(text, m.end, v.start) for m in goers):
            continue  # …文艺演出走进某公司: the event itself goes there, no visit of its own
        before = [(m.start, m.end) for m in raw if m.category == Category.visit]
        if stops_of_visit_before(text, before, v.start):
            continue  # 参观某基地，先后来到A和B: the stops of the visit just told
        # …莅临某服务中心参观指导: a visit told around the site is that same visit
        around = [m for m in raw if m.category == Category.visit and m.start <= v.start < m.end]
        raw = [m for m in raw if m not in later + around and not (v.start <= m.start < v.end)]
        raw.append(v)
    return sorted(raw, key=lambda m: m.start)


def _outermost(raw: list[Mention]) -> list[Mention]:
    """A trigger inside a later name is part of it: 专项活动 in …专项活动助力…座谈会."""
    kept: list[Mention] = []
    for m in raw:
        inside = [k for k in kept if m.start <= k.start and k.end <= m.end]
        kept = [k for k in kept if k not in inside]
        named = [k for k in inside if k.specific]
        if named and not m.specific:
            # 参观并考察了工地: the named mention carries the activity
            m = Mention(named[0].start, m.end, named[0].trigger, named[0].category, True)
        kept.append(m)
    return kept


def _visits_inside_names(text: str, kept: list[Mention]) -> list[Mention]:
    """A visit's word inside another activity's name is a word of that name, though the
    visit read its object on past the name's end (“情暖工友”慰问农民工文艺演出在某广场举行,
    2019年慰问职工新春联欢会开场舞蹈: the show and the gala are held, nobody visits):
    that visit is dropped. (慰问了参加培训班的学员: the course's name opens after the
    verb, so the visit stays.)"""
    out = []
    for m in kept:
        at = text.find(m.trigger, m.start, m.end) if m.category == Category.visit else -1
        within = at >= 0 and any(
            k is not m and k.category != Category.visit and k.start <= at and at < k.end < m.end
            for k in kept
        )
        if not within:
            out.append(m)
    return out


def _joined(text: str, kept: list[Mention]) -> list[Mention]:
    """Two names joined by 暨 are one event's (…启动仪式暨…上线发布会): one mention
    from the first name's start to the second's trigger."""
    out: list[Mention] = []
    for m in kept:
        last = out[-1] if out else None
        if last is not None and text.startswith("暨", last.end) and m.start <= last.end + 1:
            m = replace(m, start=last.start, specific=last.specific or m.specific)
            out[-1] = m
            continue
        out.append(m)
    return out


def mentions(text: str, s_start: int, s_end: int) -> list[Mention]:
    """Activity mentions of one sentence, in order: list items first, then triggers,
    each folded into the longest name it stands in."""
    found, covered = list_mentions(text, s_start, s_end)
    found += periods(text, s_start, s_end)
    programmes = quoted_programmes(text, s_start, s_end) + taught_documents(text, s_start, s_end)
    for extra in (
        invited_talks,
        lessons,
        taught_by_teachers,
        titled_talks,
        talks,
        trips,
        facilities,
        bargaining_rounds,
        quoted_exchanges,
        services,
        planned_elections,
        next_rounds,
        launched_periods,
        tour_stops,
        staged_shows,
    ):
        programmes += [
            m
            for m in extra(text, s_start, s_end)
            if not any(p.start < m.end and m.start < p.end for p in programmes)
        ]
    found += programmes
    covered = covered + [(m.start, m.end) for m in programmes]
    raw = _trigger_mentions(text, s_start, s_end, covered)
    kept = _outermost(_with_site_visits(text, s_start, s_end, raw, found))
    kept = listed_with_named_siblings(text, _joined(text, _visits_inside_names(text, kept)))
    if not found and not kept:
        # only in a sentence reporting no other activity
        kept = lone_events(text, s_start, s_end)
    return sorted(found + kept, key=lambda m: m.start)
