"""How activities of one article relate: the activity a mention refers back to, the one
it is part of (a lecture within a course, a round of a competition, a visit within a
campaign); the date a sentence that gives none inherits is :mod:`.held_days`'s."""

from __future__ import annotations

import re

from gonghui_build.extract.activities import series
from gonghui_build.extract.activities.ceremonies import event_framed
from gonghui_build.extract.activities.congress_parts import event_part_of, is_congress_part
from gonghui_build.extract.activities.contest_rounds import events_set_up, of_another_contest
from gonghui_build.extract.activities.cues import round_of_series
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import category_of, patterns, words
from gonghui_build.extract.activities.mentions import Mention
from gonghui_build.extract.activities.naming import rounds_after
from gonghui_build.extract.activities.services import given_besides_a_call
from gonghui_build.extract.activities.specific_names import has_proper_element
from gonghui_build.extract.activities.talk_parts import talk_at_event
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.text.clauses import clause_end, clause_start
from gonghui_build.text.numbers import number_re
from gonghui_build.vocabulary import Category, Status

#: Categories of what is held within a course or under a campaign.
_SUB_CATEGORIES = frozenset({Category.lecture, Category.visit, Category.meeting, Category.other})
_UNDER_UMBRELLA = frozenset(
    {Category.campaign, Category.meeting, Category.visit, Category.lecture, Category.other}
)


def antecedent(found: list[ActivityDraft], category: Category, trigger: str = "") -> int | None:
    """The latest activity of ``category``; told bare by a ``trigger`` of three characters
    or more (专项行动将持续到…, 本届文化节…), the latest so named, not a later one of another
    kind (…专项行动。…专项检查。: real_dev6; a festival's opening show: real_dev34)."""
    same = [i for i, d in enumerate(found) if d.category == category]
    named = [i for i in same if len(trigger) >= 3 and found[i].trigger == trigger]
    return (named or same or [None])[-1]


def is_anaphoric(text: str, m: Mention, sentence: str) -> bool:
    """此次培训, 这场比赛, or the team of the activity as the subject (调研组先后走访…):
    a mention of an activity already reported. Not a facility's opening: its 该
    (该工作室日前刚刚揭牌, after a visit to the studio) names the facility, and the
    opening is news of its own (real_dev16's gold: a county plenary's visit to a studio
    unveiled days before)."""
    if m.opening:
        return False
    bare = text[m.start : m.end].lstrip("“")
    anaphora = words("anaphora")
    during = words("during_words")  # 在走访慰问期间: inside the visits already read
    # 公安、交警……本次慰问达80家单位: right before its trigger word
    trigger = text.find(m.trigger, m.start, m.end) if m.trigger else -1
    return bool(
        anaphora.starting(bare)
        or text[max(0, m.start - 2) : m.start] in anaphora
        or (trigger > m.start and text[max(m.start, trigger - 2) : trigger] in anaphora)
        or team_of(sentence) == m.category
        or team_of(bare) == m.category  # 调研组一行走访了…
        or (
            bool(during.starting(text, m.end) or during.ending(bare))
            and not has_proper_element(bare)
        )
    )


def asked_of_all(text: str, s_start: int, m: Mention) -> bool:
    """各级工会要…开展劳动竞赛, 全州各级工会要把…作为, 发出通知，要求各级工会做好…:
    a plan asked of every union by a speaker or a notice, not an activity anyone
    organised (the words up to its trigger, its name's too, say so). The call ends where
    a clause opens with a time and asks nothing (要求各级工会…，10月起将组织宣讲团…开展巡回
    宣讲): that is the speaker's union's own dated plan."""
    before = text[s_start : m.end - len(m.trigger) if m.trigger else m.start]
    asking = words("asking_markers")
    if not (words("generic_subjects").in_text(before) and asking.in_text(before)):
        return False
    return not own_dated_plan(before)


def own_dated_plan(before: str) -> bool:
    """The words ``before`` an activity end in a clause that opens with a time and asks
    nothing (…要求各级工会…，10月起将组织…): what follows is the speaking union's own
    plan, not the call's before it."""
    for cut in reversed([i + 1 for i, ch in enumerate(before) if ch in "，；"]):
        dates = find_dates(before[cut:])
        if dates and dates[0].start == 0:
            return not words("asking_markers").in_text(before[cut:])
    return False


def team_of(sentence: str) -> Category | None:
    """调研组先后走访了…: a sentence whose subject is the team of an activity (调研组,
    慰问团, 考察组) tells what that activity did; the category of the team's trigger."""
    match = patterns().trigger.match(sentence)
    if match and words("team_suffixes").starting(sentence, match.end()):
        return category_of(match.group(0))
    return None


def anaphor_category(text: str, m: Mention) -> Category | None:
    """此次培训…课程 refers to a course: the category of the word after 此次."""
    bare = text[m.start : m.end].lstrip("“")
    marker = words("anaphora").starting(bare)
    if marker is None:
        return None
    trig = patterns().trigger.match(bare, len(marker))
    return category_of(trig.group(0)) if trig else None


def attended(text: str, m: Mention) -> bool:
    """参加比赛, 参与培训, 带队参观: an unnamed activity taken part in or led, not
    organised."""
    return bool(words("attending_verbs").ending(text[max(0, m.start - 3) : m.start]))


def governed(text: str, m: Mention, s_start: int = 0) -> bool:
    """An unnamed activity is real when a verb of its sentence acts on it: 进行了分组
    研讨, 召开座谈会."""
    before = text[max(s_start, m.start - 6) : m.start]
    if words("purpose_words").in_text(before) or words("exception_words").ending(before):
        return False  # 为了准备比赛: a purpose, not an activity held
    if words("degree_verbs").ending(before.removesuffix("了")):
        return False  # 加大了职工技能培训: more of some work, not an activity held
    if words("verbs").in_text(before) or before.endswith(("了", "开")):
        return True
    return _governed_past_attribute(text, m, s_start) or _held_on_a_day_or_at_a_venue(text, m)


def _held_on_a_day_or_at_a_venue(text: str, m: Mention) -> bool:
    """表彰大会将于4月28日在某市召开: an unnamed activity opening its clause as the subject
    of its own holding (``subject_held_verbs``), the day (于…) or the venue (在…) it is held
    on told before the verb, is real, as 召开表彰大会 is. Only a meeting: a contest's round
    so told (决赛在某学院举行) is read by :mod:`.contest_rounds`."""
    if m.category != Category.meeting or text[clause_start(text, m.start) : m.start].strip():
        return False
    verbs = words("subject_held_verbs").pattern
    after = text[m.end : clause_end(text, m.end)]
    found = re.match(rf"(?:将|已)?(于[^，。；]{{1,16}}?)?(在[^，。；]{{1,20}}?)?(?:{verbs})", after)
    return found is not None and bool(found[1] or found[2])


def _governed_past_attribute(text: str, m: Mention, s_start: int) -> bool:
    """A verb acting on the activity across an attribute of a count closed by 的 (参加
    为期三天的业务培训, 举办电工、焊工两个工种的技能比武): the attribute holds a number
    and its measure, and no clause mark."""
    before = text[s_start : m.start]
    if not before.endswith("的"):
        return False
    verbs = list(words("verbs").finditer(before))
    if not verbs:
        return False
    attribute = before[verbs[-1].end() : -1]
    if not 0 < len(attribute) <= 16 or re.search("[，。；：的]", attribute):
        return False
    counted = re.search(
        rf"{number_re().pattern}(?:{words('attribute_measures').pattern})", attribute
    )
    words("attribute_measures").note_in(counted[0] if counted else None)
    return bool(counted)


def is_means(text: str, m: Mention, any_kind: bool = False) -> bool:
    """A visit with no proper name in a frame of means (通过走访慰问和京卡直发的方式):
    how something was given; with ``any_kind``, an activity of any kind so framed in a
    report of work done (通过演讲赛、职工运动会等多种形式激发…, 通过实地宣讲和网络直播
    相结合的形式): the forms the work took. (Meetings a plan lists as its forms, 通过
    座谈会、读书会等形式, are planned activities.)"""
    if (m.category != Category.visit and not any_kind) or has_proper_element(text[m.start : m.end]):
        return False
    before = text[clause_start(text, m.start) : m.start]
    after = text[m.start : clause_end(text, m.start)]
    return bool(words("means_openings").in_text(before)) and bool(
        words("means_heads").in_text(after)
    )


def is_method(text: str, s_start: int, m: Mention, found: list[ActivityDraft]) -> bool:
    """A mention after 采取/采用 in a sentence about an activity already read: how it
    was run (培训采取集中授课、交流研讨); or one of the parts it is made of."""
    before = text[s_start : m.start]
    if found and (_made_of(text, s_start, m) or events_set_up(text, s_start, m, found)):
        return True
    if not found or not words("method_verbs").in_text(before):
        return False
    return bool(words("method_subjects").in_text(before))


def _made_of(text: str, s_start: int, m: Mention) -> bool:
    """活动由集体热身、环湖健步走和合影三部分组成: a mention between 由 and 组成 in one
    clause is a part the activity already read is made of, not another activity; so is
    one between 分为 and its stages' noun (活动分为读书分享、征文评选三个阶段)."""
    trigger_at = m.start + text[m.start : m.end].rfind(m.trigger) if m.trigger else m.start
    opened = text[clause_start(text, m.start, s_start) : trigger_at]
    rest = text[m.end : clause_end(text, m.end)]
    if words("stage_openers").in_text(opened) and words("stage_closers").in_text(rest):
        return True  # 活动分为读书分享、征文评选、成果展示三个阶段: its stages
    return bool(words("parts_openers").in_text(opened) and words("parts_closers").in_text(rest))


def given_within(
    found: list[ActivityDraft], paragraph: int, text: str, sentence: tuple[int, int], m: Mention
) -> int | None:
    """举办…义诊活动，为四百余名骑手免费体检; 举办健康讲座，邀请医师讲解…: what an
    activity of the same sentence gave or who it invited, in a clause of giving after
    it, is that activity, not another (a course's sessions stay sessions of their own)."""
    if not found or m.title or "“" in text[m.start : m.end]:
        return None
    last = found[-1]
    if last.paragraph != paragraph or last.sentence != sentence:
        return None
    if last.category == Category.training or last.trigger_end > m.start:
        return None
    if round_of_series(text, sentence[0], m.start):
        return None  # 首场活动为职工健步走: 为 names the round, it gives nothing
    if given_besides_a_call(last.trigger, text, m):
        return None  # 走访慰问一线职工，并为职工开展义诊: a clinic of its own
    clause = text[clause_start(text, m.start, sentence[0]) : m.start]
    for word in words("not_giving"):
        clause = clause.replace(word, "")
    return len(found) - 1 if words("giving_words").in_text(clause) else None


def same_visit(
    found: list[ActivityDraft], paragraph: int, text: str, sentence: tuple[int, int], m: Mention
) -> int | None:
    """走访了…藏毯厂，看望慰问了五十八名…职工: a visit told again in the same sentence,
    with no site of its own, is the visit just read."""
    if m.category != Category.visit or not found:
        return None
    last = found[-1]
    if last.category != Category.visit or (last.paragraph, last.sentence) != (paragraph, sentence):
        return None
    return None if patterns().site.search(text[m.start : m.end]) else len(found) - 1


def campaign_hosting(
    found: list[ActivityDraft], in_sentence: list[int], sentence: str, m: Mention
) -> int | None:
    """The campaign a visit is part of: one reported earlier in the same sentence, the
    one a sentence opening 行动期间 / 活动中 speaks from inside, or the one it opens
    with referred back to (本次活动聚焦…，走访慰问了151名…: what the campaign did)."""
    if m.category != Category.visit:
        return None
    if in_sentence:
        return in_sentence[-1]
    anaphor = words("anaphora").starting(sentence) or ""
    head = words("campaign_heads").starting(sentence, len(anaphor))
    if head and anaphor:
        return antecedent(found, Category.campaign)
    if head and words("campaign_inside").starting(sentence, len(head)):
        return antecedent(found, Category.campaign)
    return None


def parent(
    found: list[ActivityDraft],
    draft: ActivityDraft,
    umbrella: int | None,
    opens_with_course: bool,
    after_meeting: bool,
    sentence: str,
) -> int | None:
    """The activity this one is part of, when the text says so."""
    for i in range(len(found) - 1, -1, -1):  # 2023年…培训班开班仪式 is part of 2023年…培训班
        named = found[i].name
        if named and len(named) >= 6 and named in draft.name and named != draft.name:
            return i
    if umbrella is not None and draft.category in _UNDER_UMBRELLA:
        return umbrella
    event = event_part_of(found, draft, sentence)  # 随后召开的…全体会议; 赛前，…
    if event is not None:
        return event  # the congress or the contest the draft is a part of
    campaign = series.running_programme(found)
    if campaign is not None and series.spoken_from_inside(found[campaign], draft, sentence):
        return campaign
    if after_meeting and draft.category in (Category.visit, Category.other):
        meeting = antecedent(found, Category.meeting)
        part_of = found[meeting].parent if meeting is not None else None
        if part_of is not None and is_congress_part(found[meeting]):
            return part_of  # 在一次全委会上…。会前，代表们参观了…: the congress's
        return meeting
    if draft.trigger in words("launch_ceremonies") and found:
        return len(found) - 1  # …关爱行动在物流港启动。…出席启动仪式: the launch of it
    if draft.trigger in words("stage_words") or draft.trigger in words("ceremony_words"):
        # 中式烹调师决赛, 竞赛颁奖仪式: a round or the prize-giving of the competition
        # reported before; a ceremony closes the final it follows too (…总决赛在某地举行。
        # …举行的闭幕式上), a round is of the whole contest
        stage = draft.trigger in words("stage_words")
        for i in range(len(found) - 1, -1, -1):
            if found[i].category == Category.competition and not (
                stage and found[i].trigger in words("stage_words")
            ):
                return None if stage and of_another_contest(draft, found[i]) else i
    framed = event_framed(found, draft) if draft.name == draft.trigger else None
    if framed is not None:
        return framed
    if draft.category in _SUB_CATEGORIES:
        return _course_or_event(found, draft, opens_with_course, sentence)
    if draft.category == Category.volunteering:
        return _on_site_event(found, draft, sentence)  # 现场开展健康义诊: a service at it
    return None


def course_running(found: list[ActivityDraft]) -> bool:
    """A course held or running has been reported: the sessions that follow may be its."""
    course = antecedent(found, Category.training)
    return course is not None and found[course].status != Status.planned


def _near_after(course: ActivityDraft, draft: ActivityDraft, sentence: str) -> bool:
    """The draft is read in the paragraph after the course's, or in a later clause of
    its paragraph: not an item of a list beside it (“A培训”“B讲座”等活动)."""
    if draft.paragraph == course.paragraph + 1:
        return True
    if draft.paragraph != course.paragraph:
        return False
    if course.sentence != draft.sentence:
        return True
    s0 = draft.sentence[0]
    return (
        re.search("[，；]", sentence[course.trigger_end - s0 : draft.name_start - s0]) is not None
    )


def _counted_series(draft: ActivityDraft, sentence: str) -> bool:
    """Talks counted in rounds of their own right after their name (开展“劳模宣讲进企业”
    活动30场次, after 组织“书香工会”读书班12期 in a year's tally): a series the union held
    beside its classes, not a session of one (s40 acts41: the year reports of county
    unions count their lectures and reading classes side by side)."""
    return rounds_after(sentence, draft.trigger_end - draft.sentence[0])


def _course_or_event(
    found: list[ActivityDraft], draft: ActivityDraft, opens_with_course: bool, sentence: str
) -> int | None:
    """The course a session is part of: one the sentence speaks from inside (培训期间,
    学员), or the one a lecture follows in a later clause or the next paragraph with only
    sessions between; else the event reported just before in the paragraph that a
    sentence on its site speaks of (活动现场还开设了…, 为在场的货车司机讲授…)."""
    course = antecedent(found, Category.training)
    if course is not None and found[course].status != Status.planned:
        if opens_with_course or words("within_course").in_text(sentence):
            return _held_on_days(found, course)
        between = found[course + 1 :]
        if (
            _near_after(found[course], draft, sentence)
            and draft.category == Category.lecture
            and all(d.category == Category.lecture for d in between)
            and not _counted_series(draft, sentence)
        ):
            return course
    return _on_site_event(found, draft, sentence)


def _held_on_days(found: list[ActivityDraft], course: int) -> int:
    """The course a sentence speaks from inside (培训期间，…讲授…): ``course``, the latest
    training read, unless it is dated by no month and an earlier one held was dated to a
    day (7月8日至11日…举办…培训班。…他说，今年…分三期开展技能培训。培训期间，…): the days
    of a course are its 期间, a training told by a year only is a programme the course is a
    round of, not the course its sessions are held in (real_dev6's gold). A course told by
    its month (6月，…举办…培训班) is one held, the latest, as before."""
    latest = found[course].date
    if latest is None or latest.month is not None:
        return course
    for i in range(course - 1, -1, -1):
        d = found[i]
        if d.category == Category.training and d.status != Status.planned and _on_a_day(d):
            return i
    return course


def _on_a_day(draft: ActivityDraft) -> bool:
    """Dated to a day by its own words (7月8日至11日, 5月10日)."""
    return draft.date is not None and draft.date.day is not None


def _on_site_event(found: list[ActivityDraft], draft: ActivityDraft, sentence: str) -> int | None:
    """The event reported just before in the paragraph that a sentence on its site speaks
    of (活动现场还开设了法律咨询台, …活动，现场开展健康义诊): what it reports is part of it."""
    last = len(found) - 1
    if (
        found
        and found[last].paragraph in _on_site_paragraphs(draft, sentence)
        and found[last].category not in (Category.training, Category.lecture)
        # a plan has no site yet for what was held (a plan's own parts are planned too)
        and (found[last].status != Status.planned or draft.status == Status.planned)
        and words("on_site").in_text(sentence)
    ):
        return last
    return talk_at_event(found, draft, sentence)  # 以“…”为题，分享…: a talk given at it


def _on_site_paragraphs(draft: ActivityDraft, sentence: str) -> tuple[int, ...]:
    """The paragraphs the event a sentence on its site speaks of may be read in: the
    draft's; the one before too when the sentence opens on the site (洽谈会现场，…)."""
    opening = sentence[: clause_end(sentence, 0)]
    if words("on_site").in_text(opening):
        return (draft.paragraph, draft.paragraph - 1)
    return (draft.paragraph,)
