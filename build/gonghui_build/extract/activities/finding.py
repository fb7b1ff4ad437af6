"""Activities: the events and programmes an article reports, found sentence by sentence.

A trigger noun names an activity (``培训班``, ``座谈会``, ``讲座``, ``竞赛``, ``参观``,
``专项行动``… ``reference/activities.yaml``). Reading one sentence at a time:

* **the name** runs back from the trigger to the verb that organises it, the last
  ``的`` or the start of the clause (:mod:`.naming`); lists, programmes and site visits
  are mentions too (:mod:`.mentions`);
* **later mentions** (``此次培训``, ``培训期间``) and generic words (``活动`` alone,
  ``调研工作``) add to the latest activity of that kind, no new row (:mod:`.links`);
* **background** is no activity: meetings cited for their spirit (``…会议精神``), ``十九大``;
* **status**: planned when the sentence speaks of a plan (``要``, ``将``, ``下一步``) and
  no completion marker (``了``, ``已``) governs the activity; ongoing for programmes
  that run (``连续多年``, ``每年``, ``正在``); held otherwise (:mod:`.statuses`);
* **parents**: a lecture, visit or meeting held within a course (``培训期间``,
  ``此次培训还组织…参观``) or right after a meeting (``会后…参观``) is part of it.

From the sentence come the date, participant count, duration, place and the text of
the organiser; :mod:`.article` resolves dates and organisations.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from gonghui_build.extract.activities import (
    attributes,
    campaign_points,
    counted_kinds,
    held_days,
    lasting,
    launch_venues,
    links,
    naming,
    respective,
    restated,
    series,
    specific_names,
    statuses,
)
from gonghui_build.extract.activities.attended_openings import without_attended_openings
from gonghui_build.extract.activities.background import is_background
from gonghui_build.extract.activities.ceremonies import beside_ceremonies, contest_opened
from gonghui_build.extract.activities.contest_rounds import (
    as_whole_contest,
    ended_with_finals,
    round_held_alone,
    whole_contest_name,
)
from gonghui_build.extract.activities.continued_plans import plans_ahead
from gonghui_build.extract.activities.coordinated import also_called_on, joined_to_the_one_before
from gonghui_build.extract.activities.course_openings import courses_opened
from gonghui_build.extract.activities.cues import accompanied, season_totals, the_meeting_named
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.held_events import held_at_venue, within_held_event
from gonghui_build.extract.activities.item_details import item_detailed
from gonghui_build.extract.activities.launch_days import dated_by_next_sentence
from gonghui_build.extract.activities.launched import add_launched
from gonghui_build.extract.activities.mention_stretch import mention_stretch
from gonghui_build.extract.activities.mentions import Mention, mentions
from gonghui_build.extract.activities.occasioned import held_on_its_day, reported_as_one_event
from gonghui_build.extract.activities.run_ends import ended_later
from gonghui_build.extract.activities.scenes import scene_of_contest, shows_a_scene, shows_one_told
from gonghui_build.extract.activities.served import joined_count, served_by_last
from gonghui_build.extract.activities.services import serving_visit
from gonghui_build.extract.activities.shows_staged import staged_at_a_venue
from gonghui_build.extract.activities.speakers_own import talk_of_its_own_speaker
from gonghui_build.extract.activities.staged_shows import shows_told_before
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.text.clauses import sentences
from gonghui_build.vocabulary import Category, Status


@dataclass
class _Sentence:
    """What the finder knows while it reads one sentence."""

    paragraph: int
    text: str  # the paragraph's text
    start: int
    end: int
    mentions: list[Mention]
    previous_planned: bool
    opens_with_course: bool = False
    after_meeting: bool = False
    umbrella: int | None = None  # an earlier campaign this sentence details
    campaigns: list[int] = field(default_factory=list)  # campaigns it reported
    reported: bool = False  # the article has text besides photo captions
    referred: int | None = None  # an earlier activity a mention here named again (培训特邀…)

    @property
    def words(self) -> str:
        return self.text[self.start : self.end]

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def _status(s: _Sentence, m: Mention, *, dated_holds: bool = True) -> Status:
    """The mention's status: its sentence's marker, else a sentence with no marker of its
    own continues a plan before it (学习形式要多样化。通过支部生活会、读书会等形式，…),
    unless (``dated_holds``) it dates what it reports. Whether a mention is a means of
    another reads the plan without that exception."""
    status = statuses.status(s.text, s.span, m)
    if status is not None:
        return status
    dated = dated_holds and any(d.month or d.day for d in find_dates(s.words))
    return Status.planned if s.previous_planned and not dated else Status.held


def _earlier(found: list[ActivityDraft], s: _Sentence, m: Mention) -> int | bool | None:
    """The activity a mention without a name of its own refers back to; False when it
    names no activity at all, None when it is a new one."""
    if accompanied(s.text, s.start, m.end - len(m.trigger), m.end):
        # 某某一行随队慰问。 某某带队参观。: who went along on the activity just read
        last = len(found) - 1
        return last if found and found[-1].paragraph >= s.paragraph - 1 else False
    named = the_meeting_named(found, s.text[m.start : m.end])
    if named is not None:
        return named  # 省总工会副主席某某主持大会: the 表彰大会 reported before
    anaphoric = links.is_anaphoric(s.text, m, s.words)
    if not anaphoric and held_on_its_day(s.text, s.start, m):
        return None  # 将于元宵节期间举办职工猜灯谜活动: an event of its own, no campaign again
    if not anaphoric and talk_of_its_own_speaker(found, s.paragraph, s.text, s.span, m):
        return None  # 律师某某讲解了…，专家围绕…作了专题辅导: another talk
    if not anaphoric and joined_to_the_one_before(s.text, s.mentions, m, found, s.paragraph):
        return None  # 举办了职工篮球赛和职工乒乓球赛: the next item held, a new one
    if not anaphoric and restated.counted_on_its_own(found, s.text, m):
        return None  # …培训班42期；举办工会干部培训班8期: classes of another kind, counted
    nearby = links.antecedent(found, m.category)
    # an unnamed activity already reported in this paragraph, or one that someone took
    # part in (自己参加比赛就是…) anywhere before
    if (
        nearby is not None
        and found[nearby].paragraph != s.paragraph
        and not links.attended(s.text, m)
    ):
        nearby = None
    if nearby is None and m.category == Category.visit and not m.specific and found:
        # 某某及班子成员陪同慰问: the campaign of visits just read, accompanied
        last = found[-1]
        joins = last.paragraph == s.paragraph and last.category == Category.campaign
        nearby = len(found) - 1 if joins and links.attended(s.text, m) else None
    governed = (
        not m.specific
        and m.trigger not in words("needs_name")
        and links.governed(s.text, m, s.start)
        and nearby is None
    )
    if not (anaphoric or (not m.specific and not governed)):
        return None
    if not anaphoric and round_held_alone(found, s.text, m):
        return None  # 复赛于9月12日在某学院举行: a round of the contest read before
    category = links.anaphor_category(s.text, m) or m.category
    earlier = links.antecedent(found, category, m.trigger if category == m.category else "")
    if earlier is None and anaphoric and not also_called_on(s.text, m):
        earlier = len(found) - 1 if found else None
    if earlier is None:
        earlier = nearby
    if earlier is not None:
        return earlier
    # 参加为期五天的培训; 一场精彩的文艺汇演在县影剧院上演
    held_alone = (
        m.specific or lasting.told_alone(s.text, s.start, m) or staged_at_a_venue(s.text, m)
    )
    if not held_alone and (
        m.trigger in words("needs_name") or not links.governed(s.text, m, s.start)
    ):
        return False
    return None


def _new_activity(found: list[ActivityDraft], s: _Sentence, m: Mention, stretch) -> ActivityDraft:
    """A new activity from its mention, with what its sentence says of it."""
    category = m.category
    if category == Category.campaign and words("volunteering").in_text(s.words):
        category = Category.volunteering
    elif category == Category.visit and serving_visit(s.text, m, s.mentions, s.end):
        category = Category.volunteering  # volunteers going to serve, 走进某公司，为…开展首场体检
    quoted = "“" in s.text[m.start : m.end]  # a visit under a name is a programme's own
    if (
        category == Category.visit
        and not quoted
        and season_totals(s.text, s.start, m.end - len(m.trigger))
    ):
        category = Category.campaign  # 全市各级工会共慰问…户: a season's totals
    in_course = s.opens_with_course or bool(words("within_course").in_text(s.words))
    if (
        category == Category.training
        and not m.specific
        and in_course
        and links.antecedent(found, Category.training) is not None
    ):
        category = Category.lecture  # 进行业务培训 inside a course: one of its sessions
    status = _status(s, m)
    # 献上一场文艺演出: the count of one round is no word of the name
    start = m.start + naming.one_round_length(s.text[m.start : m.end], m.trigger)
    draft = ActivityDraft(
        paragraph=s.paragraph,
        trigger=m.trigger,
        category=category,
        # 以“新时代基层工会工作实务”为题作专题辅导: the talk is named by its title
        name=m.title or naming.printed_name(s.text[start : m.end].strip("，、 "), m.trigger),
        titled=bool(m.title) or naming.is_title(s.text, start, m.end, m.trigger, category),
        name_start=start,
        trigger_end=m.end,
        sentence=s.span,
        status=status,
    )
    draft = contest_opened(draft, found)  # 某区运动会开幕式在某中心举行: the games
    draft = attributes.enrich(draft, s.text, s.span, m.start, stretch, mention_end=m.end)
    draft = held_at_venue(draft, s.text)  # 在某公园举办健步走活动: an event, not a campaign
    umbrella = s.umbrella  # else …行动，举办法律讲座46场: the rounds of the campaign before
    if umbrella is None:
        umbrella = campaign_points.campaign_of_rounds(found, s.campaigns, s.text, m)
    parent = links.parent(found, draft, umbrella, s.opens_with_course, s.after_meeting, s.words)
    draft = replace(draft, parent=parent)
    if parent is not None and draft.date is None:
        first_day = held_days.opens_on_first_day(draft, s.words)
        day = None if first_day else held_days.course_day(s.words)
        draft = replace(
            draft, date_from_parent="first_day" if first_day else "within", course_day=day
        )
    if draft.date is None and parent is None and draft.status == Status.held:
        draft = replace(draft, date=held_days.inherited_date(found, draft, s))
    if draft.date is None and parent is None:
        draft = replace(draft, date=attributes.year_opening_name(draft, s.text))
    return draft


def _stretch_to_last(found: list[ActivityDraft], s: _Sentence, stretch: tuple[int, int]) -> None:
    """A mention that names no activity (举办职工夜校，开设文化、技术课程六门，常年在校学员
    二百八十人: the courses of the school) leaves its stretch of the sentence to the
    activity read before it in the sentence: the count said there is that activity's.
    So does one after a mention naming an earlier activity again (举办…培训班。培训特邀某
    教授为80余名职工授课: the course's count, told in a sentence of its own), when that
    activity has no count yet."""
    last = found[-1] if found else None
    if last is not None and (last.paragraph, last.sentence) == (s.paragraph, s.span):
        read = attributes.enrich(last, s.text, s.span, stretch[0], stretch, with_date=False)
        found[-1] = replace(last, participants=read.participants)
        return
    if s.referred is None or found[s.referred].participants is not None:
        return
    named = found[s.referred]
    read = attributes.enrich(named, s.text, s.span, stretch[0], stretch, with_date=False)
    found[s.referred] = replace(named, participants=read.participants)


def _read_mention(
    found: list[ActivityDraft], texts: list[str], s: _Sentence, i: int, caption: bool
) -> None:
    """Read the sentence's ``i``-th mention into ``found`` (the finder's own list)."""
    m = s.mentions[i]
    if is_background(s.text, m):
        return
    stretch = mention_stretch(s.text, (s.start, s.end), s.mentions, i)
    # a later mention (组织了20支代表队进行比赛) takes the counts said before it too,
    # back to the mention before
    back = (s.mentions[i - 1].end if i else s.start, stretch[1])
    same = restated.same_activity(found, texts, s.text, m, caption)
    if same is not None and statuses.again_as_plan(found[same].status, s.text, s.span, m):
        same = None  # 再开展八场女职工健康讲座: the plan of another round
    if same is None and links.is_method(s.text, s.start, m, found):
        return  # 培训采取集中授课、交流研讨: how a course was run
    if same is None and links.is_means(
        s.text, m, any_kind=_status(s, m, dated_holds=False) != Status.planned
    ):
        return  # 通过走访慰问和京卡直发的方式发放慰问金: how it was done
    if same is None:
        same = restated.told_before(found, s.paragraph, s.text, s.span, (s.campaigns, s.words), m)
    if same is None and not m.trigger:
        same = shows_told_before(found, s.text[m.start : m.end])  # 演出队…演出16场
    if same is None:  # 在“送健康”活动中，…免费体检; 开展…行动，…受理法律咨询2300余人次
        same = campaign_points.work_within(found, s.campaigns, s.text, m, lambda: _status(s, m))
    if same is None:
        earlier = _earlier(found, s, m)
        if earlier is False:  # 活动在某山举办: the bare subject of the walk just read
            earlier = restated.bare_subject(found, s.paragraph, s.text, s.span, m)
        if earlier is False and reported_as_one_event(texts, s.paragraph, s.start, s.end, m):
            earlier = None  # 4月28日组织开展了文体活动; …参加了此次活动: one event
        if earlier is False:
            _stretch_to_last(found, s, stretch)
            return
        whole = None if earlier is None else whole_contest_name(found[earlier], s.text, m, texts)
        if whole is not None:  # 本届比武自7月启动, after its final: the whole contest
            contest = _new_activity(found, s, m, stretch)
            found.append(as_whole_contest(contest, whole, found[earlier]))
            found[earlier] = replace(found[earlier], parent=len(found) - 1)
            if found[-1].category != Category.competition:
                s.umbrella = len(found) - 1  # 本届艺术节…先后举办了A、B: its events
            return
        if earlier is not None:
            found[earlier] = attributes.mentioned_again(
                found[earlier], s.paragraph, s.text, s.span, m, back
            )
            s.referred = earlier
            if found[earlier].category == Category.campaign or within_held_event(
                found[earlier], s.text, m.end
            ):
                s.umbrella = earlier
            return
        _read_new_mention(found, s, m, stretch, caption)
        return
    found[same] = attributes.mentioned_again(found[same], s.paragraph, s.text, s.span, m, back)
    s.referred = same
    if found[same].category == Category.campaign and same not in s.campaigns:
        # 在“送温暖”活动中，…慰问困难职工512户: the campaign told again, its work after
        s.campaigns.append(same)


def _read_new_mention(
    found: list[ActivityDraft], s: _Sentence, m: Mention, stretch: tuple[int, int], caption: bool
) -> None:
    """A mention no activity read before is: a new activity in ``found``, unless it is a
    session held only in a course, a photo of what the text reports, a scene of a contest
    already read or a call on every union."""
    if m.audience is False and not links.course_running(found):
        return  # 主席某某解读文件: a session only in a course or to an audience (为学员)
    if caption and (
        shows_a_scene(s.text, m, s.reported) or shows_one_told(found, s.text, m, s.reported)
    ):
        return  # 图为…比赛现场, ▲某某慰问…: a photo of what the text reports, no new activity
    if scene_of_contest(found, s.text, s.span, m):
        return  # 铣工比赛中，某某夺得第一名: a scene of the contest already read
    if links.asked_of_all(s.text, s.start, m) and not specific_names.has_proper_element(
        s.text[m.start : m.end]
    ):
        return  # 各级工会要…开展劳动竞赛: a call on every union, no activity named
    draft = _new_activity(found, s, m, stretch)
    add_launched(found, s.text, s.end, m, draft)  # 介绍了系列活动安排: its campaign
    if found[-1].category == Category.campaign:
        s.campaigns.append(len(found) - 1)
    if not m.trigger and words("carrier_words").in_text(s.text[m.end : m.end + 4]):
        s.umbrella = len(found) - 1  # 以“安全生产月”为载体，开展…: its parts follow


def _read_paragraph(
    found: list[ActivityDraft], texts: list[str], p: int, caption: bool, reported: bool
) -> None:
    text = texts[p]
    previous_planned = False
    previous: tuple[int, int] | None = None
    for s_start, s_end in sentences(text):
        sentence_text = text[s_start:s_end]
        sentence_mentions = mentions(text, s_start, s_end)
        span = (s_start, s_end)
        if (joined := joined_count(found, p, text, span, sentence_mentions)) is not None:
            found[joined[0]] = joined[1]  # 100余名会员共同参与。: the count of the one read
        if (served := served_by_last(found, p, text, span, sentence_mentions)) is not None:
            found[-1], sentence_mentions = served, []  # 为四十余名农民工解答: whom it served
        detailed = item_detailed(found, p, text, previous, span, sentence_mentions)
        if detailed is not None:
            found[-1], sentence_mentions = detailed, []  # 四是开展…活动。走访慰问…: its work
        s = _Sentence(
            p,
            text,
            s_start,
            s_end,
            sentence_mentions,
            previous_planned,
            opens_with_course=held_days.opens_on_course_day(sentence_text[:14]),
            after_meeting=bool(words("after_meeting").starting(sentence_text)),
            reported=reported,
            umbrella=campaign_points.campaign_of_points(found, texts, p, s_start),  # 一是…
        )
        for i in range(len(s.mentions)):
            _read_mention(found, texts, s, i, caption)
        if s.mentions and (ended := ended_later(found, p, text, span, s.mentions[0])):
            found[ended[0]] = ended[1]  # …共安排12项内容，持续到10月底: the first one's end
        previous_planned = plans_ahead(text, s_start, s_end)
        previous = span


def find_activities(
    texts: list[str], captions: frozenset[int] = frozenset()
) -> list[ActivityDraft]:
    """Activities of an article, from the text of its body paragraphs (and photo
    captions, indices in ``captions``) in reading order. A caption that tells of an
    activity already read is one more mention of it."""
    found: list[ActivityDraft] = []
    reported = len(captions) < len(texts)
    for p in range(len(texts)):
        _read_paragraph(found, texts, p, p in captions, reported)
    found = launch_venues.launch_at_its_venue(texts, found)
    found = series.parts_of_series(texts, series.rounds_of_series(texts, found))
    found = series.parts_of_lead_series(series.first_rounds(texts, found))
    found = ended_with_finals(without_attended_openings(texts, found))
    found = respective.each_its_own(texts, found)  # 分别举办A和B: a day and venue each
    found = beside_ceremonies(texts, courses_opened(counted_kinds.one_per_kind(texts, found)))
    found = dated_by_next_sentence(texts, found)  # 县总工会启动…活动。12月18日上午，…
    return [replace(d, date=attributes.date_in_context(texts, d)) if d.date else d for d in found]
