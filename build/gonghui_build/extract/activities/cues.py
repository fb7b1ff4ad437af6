"""Cues around a trigger word that say whether it stands for an activity of its own: a
delegation going to a site before a visit's verb, a service offered at another event,
the measure of some work a trigger qualifies, the count of those who took part right
after an activity (and which activity it counts), a visit's verb with its complement
(调研指导), a bracketed note a trigger stands in."""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import (
    FILE,
    categories,
    category_of,
    not_going_dao_openers,
    patterns,
    words,
)
from gonghui_build.extract.dates.article import plan_markers
from gonghui_build.text.clauses import clause_end, clause_start
from gonghui_build.text.numbers import COUNT_NUMERALS
from gonghui_build.vocabulary import Category, Unit


def offered_within(text: str, s_start: int, t_start: int) -> bool:
    """A service offered (提供) in a sentence set at another event (现场, 活动期间), or
    said of the activity just read as its subject (活动将免费为…职工提供健康体检服务,
    本年度活动计划为…提供免费体检): part of that event, not one of its own (为一万名女
    职工提供免费筛查 is one)."""
    here = clause_start(text, t_start, s_start)
    offered = words("offering_verbs").in_text(text[here:t_start])
    before = text[s_start:t_start]
    within = words("on_site").in_text(before) or words("during_words").in_text(before)
    return bool(offered and (within or activity_subject(text, (s_start, here))))


@functools.cache
def _subject_pattern() -> re.Pattern[str]:
    """An activity named back as a clause's subject: a few words (本年度, 此次) and
    ``activity_subjects`` opening the clause, or a word referring back and the
    activity's kind (此次义诊活动, 本次普法宣传活动: ``anaphora``), then no noun it would
    modify (活动人员, 活动现场: ``not_subject_after``)."""
    subject, after = words("activity_subjects").pattern, words("not_subject_after").pattern
    back = words("anaphora").pattern
    return re.compile(
        rf"(?:[^，。；：]{{0,3}}?|(?:{back})[^，。；：]{{1,8}}?)(?:{subject})(?!{after})"
    )


def activity_subject(text: str, starts: tuple[int, int]) -> bool:
    """The sentence, or the clause, opens with the activity read before as its subject
    (活动将持续到10月底，免费为职工提供…; …启动免费体检活动，活动将为…提供…)."""
    return any(_subject_pattern().match(text, at) for at in starts)


def accompanied(text: str, s_start: int, t_start: int, t_end: int) -> bool:
    """某某一行随队慰问。 某某带队参观。: a visit verb right after a verb of going along,
    closing its clause with no object: it tells who went along on the activity just
    read, so no delegation or site makes it a visit of its own."""
    along = words("accompanying_verbs").ending(text[max(s_start, t_start - 4) : t_start])
    return bool(along) and clause_end(text, t_end) == t_end


def measured(text: str, t_end: int) -> bool:
    """The trigger ending at ``t_end``, with its closing quote and a generic head (“送清
    凉”活动), qualifies the measure of some work (的力度)."""
    after = t_end + text.startswith("”", t_end)
    head = words("generic_heads").starting(text, after) or ""
    return bool(words("degree_nouns").starting(text, after + len(head)))


def delegation_visit(text: str, s_start: int, t_start: int) -> bool:
    """A delegation visiting: 一行 in the visit verb's clause (某某一行到望京调研), or a
    delegation (一行, or one led: 带领机关干部) earlier in the sentence going to a place
    (某某一行来到某村施工路段，慰问筑路工人; 某某带领机关干部，深入到环卫、道班等一线，
    慰问…职工) with no other trigger between the going and the visit."""
    here = clause_start(text, t_start, s_start)
    if words("delegations").in_text(text[here:t_start]):
        return True
    before = text[s_start:here]
    led, leader = words("delegations").last_in(before) or (-1, "")
    if led < 0:
        return errand_group_went(text, s_start, here)
    going = words("going_verbs").in_text(before[led:])
    rest = before[led + before[led:].index(going) :] if going else ""
    if not going and (own := _own_going().match(before, led + len(leader))):
        # 某某带队到火车站，慰问…; 某某带队，先后到A和B，慰问…: its own 到; the group led
        # before it (带领区总工会慰问组，先后到…) is no trigger of its own
        going, rest = own[0], before[own.end() :]
    if not going:
        return False
    words("delegations").note_in(before[led:])
    return not any(patterns().trigger.finditer(rest))


def errand_group_went(text: str, s_start: int, here: int) -> bool:
    """A group named by its errand of consolation (慰问组, 慰问团) opening a clause before
    the visit verb's clause at ``here`` and going on to a place (随后，慰问组又来到某营业部
    和某公司，看望…): the group is a delegation, its stop a visit of its own. Only as the
    subject going: the group's name in a list or a caption (慰问组为快递员送上…) is none."""
    starts = [s_start] + [i + 1 for i in range(s_start, here) if text[i] == "，"]
    for at in starts:
        m = _errand_group_going().match(text, at, here)
        if m and not any(patterns().trigger.finditer(text, m.end(), here)):
            words("errand_groups").note_in(m[0])
            return True
    return False


@functools.cache
def _errand_group_going() -> re.Pattern[str]:
    """(某某率…)慰问组(一行)(又)来到: the group, led or not, a round's adverb and a verb
    of going, or 到. A leading verb is not the 率 of 率先 ("first, taking the lead", an
    adverb: 现代汉语词典), which leads no group."""
    group, rounds = words("errand_groups").pattern, words("round_adverbs").pattern
    leader = rf"(?:{words('errand_group_leaders').pattern})(?<!率(?=先))"
    led = rf"(?:[^，。；]{{0,24}}?{leader}[^，。；、]{{0,8}}?)?"
    going = rf"(?:{words('going_verbs').pattern}|到)"
    return re.compile(rf"{led}(?:{group})(?:一行)?(?:{rounds})?{going}")


@functools.cache
def _own_going() -> re.Pattern[str]:
    """A delegation's own 到 right after its leading word, or after a comma and an
    adverb of a round (某某带队，先后到A和B，看望慰问…: s43 devacts2, the tuning page of
    real_dev11 and real pages of district unions' summer rounds); also after the group
    led and an adverb with no comma (某某带领区总工会慰问组，先后到A、B和C，看望…; 某某带队
    先后到A、B，慰问…: act25, real_dev26's gold, a district union's lunar round). Not the
    到 of a verb it ends (得到, 受到, 达到, 看到: activities.yaml not_going_dao)."""
    rounds = words("round_adverbs").pattern
    not_going = not_going_dao_openers()
    return re.compile(f"(?:[^，。；、]{{0,12}}?，?)?(?:{rounds})?(?<![{not_going}])到")


def official_visit(text: str, s_start: int, t_start: int) -> bool:
    """A titled official going to a site before a visit's verb in one clause (某总工会主席
    某某到某公司检查指导工作, 某副主席某某亲临某中心调研): the visit of one person is as much
    an event as a delegation's; a title with no name after it (主席到场) is none."""
    here = clause_start(text, t_start, s_start)
    clause = text[here:t_start]
    m = _official_going().search(clause)
    if m is None:
        return False
    words("visiting_titles").note_in(m.group(0))
    words("going_verbs").note_in(m.group(0))
    return not any(patterns().trigger.finditer(clause[m.end() :]))


@functools.cache
def _official_going() -> re.Pattern[str]:
    """A visiting title, a name of two or three characters and a verb of going (or 到),
    compiled once: :func:`official_visit` asks for it at every visit's verb. A bracketed
    note on how the post is held may stand between title and name (副主席（挂职）某某到
    某支队调研: ``titles.yaml`` title_notes), as the people's reader allows it."""
    titles, going = words("visiting_titles").pattern, words("going_verbs").pattern
    notes = lexicon.words("titles.yaml", "title_notes").pattern
    return re.compile(
        rf"(?:{titles})(?:[（(](?:{notes})[）)])?[\u4e00-\u9fff]{{2,3}}?(?:{going}|到)"
    )


def work_visited(text: str, s_start: int, t_start: int, t_end: int, word: str) -> bool:
    """A visit's verb with 工作 closing its clause after a party or an official going to a
    site (某某一行到某厂检查指导工作。): 工作 is what was looked at, not a noun the verb
    qualifies as in 调研工作 (research work) elsewhere."""
    if category_of(word) != Category.visit or not text.startswith("工作", t_end):
        return False
    if clause_end(text, t_end + 2) != t_end + 2:
        return False
    return delegation_visit(text, s_start, t_start) or official_visit(text, s_start, t_start)


def continued_work(text: str, s_start: int, t_start: int, t_end: int) -> bool:
    """A visit's verb with no object after a word of going on in its sentence (某总工会将
    持续开展慰问，确保…; 将继续…，广泛走访慰问，…): the union's work carried on, as a
    closing line says it will be, not one visit of its own."""
    rest = text[t_end : clause_end(text, t_end)]  # 走访慰问: a second verb is no object
    if rest and categories().get(rest) != Category.visit:
        return False
    return bool(words("continuing_words").in_text(text[s_start:t_start]))


def work_carried_on(text: str, s_start: int, start: int) -> bool:
    """An unnamed activity right after a plan's word of going on and a verb of launching
    (州总工会将持续开展彝绣技能培训，下半年还将…再办两期培训班; 将继续开展职工心理关爱):
    the union's work carried on, as a closing line promises it, not one event; the rounds
    it counts next are the plans (the tuning gold of a prefecture's embroidery course,
    real_dev2). The caller keeps a name of its own (继续开展“安康杯”竞赛, real_dev5)."""
    before = text[s_start:start]
    verb = words("launching_verbs").ending(before)
    if not verb:
        return False
    going_on = words("continuing_words").ending(before[: -len(verb)])
    if not going_on:
        return False
    return bool(plan_markers().ending(before[: -len(verb) - len(going_on)]))


def season_totals(text: str, s_start: int, t_start: int) -> bool:
    """The unions of every level before a visit's verb in its sentence (全市各级工会春节
    期间共慰问…6800余户): the visits counted are the totals of a season's campaign, held
    by many unions, not one visit."""
    return bool(words("all_level_unions").in_text(text[s_start:t_start]))


def visit_verb(text: str, t_end: int, word: str) -> bool:
    """A visit's trigger and the word after it make one verb (调研指导, 检查指导)."""
    return category_of(word) == Category.visit and bool(
        words("visit_complements").starting(text, t_end)
    )


def in_open_bracket(text: str, start: int, t_end: int, s_end: int) -> bool:
    """The trigger is a word of a bracketed note (…工人先锋号（劳动竞赛示范岗）, …大赛
    （以下简称“大赛”）): a bracket opens in the name and closes after it."""
    before = text[start:t_end]
    opens = max(before.rfind("（"), before.rfind("("))
    opened = opens > max(before.rfind("）"), before.rfind(")"))
    closing = re.search("[（）()]", text[t_end:s_end])
    return opened and closing is not None and closing[0] in "）)"


def counted_after(text: str, start: int, t_start: int, t_end: int) -> bool:
    """组织机关干部开展无偿献血活动，一百三十六人献血…: an activity with a subject of its
    own that a group was organised to hold, whose next clause opens with the count of
    the people who took part, is one event, however plain its name."""
    after = t_end + text.startswith("”", t_end)
    if t_start - start < 2 or not text.startswith("，", after):
        return False
    if not words("organising_groups").in_text(text[clause_start(text, start) : start]):
        return False
    count = patterns().count.match(text, after + 1)
    return count is not None and patterns().unit_of[
        lexicon.words(FILE, "units").found(count["unit"])
    ] in (Unit.people, Unit.person_times)


def counted_round() -> str:
    """The pattern of a round of a series counted by its ordinal (第二场, 第三站:
    ``series_round_units``), said to be an event (:func:`round_of_series`) or what a
    part of a series is (:mod:`.series`: …是…系列文体活动的第二场)."""
    return rf"第[一二三四五六七八九十\d]+(?:{words('series_round_units').pattern})"


def series_round() -> str:
    """The pattern of a round of a series, its first (首场, 首站) or one counted by its
    ordinal (:func:`counted_round`): one definition for the readers that tell a round
    from a kind of event (a tour's stop, a round said to be an event, a round's plain
    head that names no kind of its own)."""
    return rf"(?:首(?:{words('series_round_units').pattern})|{counted_round()})"


@functools.cache
def _round_said() -> re.Pattern[str]:
    """首场活动为, 第二站是: a round of a series, then 为 or 是, ending a clause's words."""
    return re.compile(rf"{series_round()}(?:活动)?[为是]$")


def round_of_series(text: str, s_start: int, start: int) -> bool:
    """…系列活动启动，首场活动为职工健步走, 第二站是…: what a round of a series is said to
    be, after 为 or 是, is that round's event, however plain its name."""
    return bool(_round_said().search(text, clause_start(text, start, s_start), start))


def service_set_up(text: str, s_start: int, start: int, word: str) -> bool:
    """开通农民工欠薪投诉热线, 开办职工夜校: a standing service a union sets up, named by
    what it serves, runs from that day however plain its name."""
    if word not in words("standing_services"):
        return False
    before = text[clause_start(text, start, s_start) : start].removesuffix("了")
    return bool(words("service_opening_verbs").ending(before))


def joined_back(text: str, s_start: int, start: int) -> bool:
    """参加本次活动的职工, 参与此次运动会的会员: a mention that refers back (此次, 本次),
    right after a verb of taking part, qualifying those who took part: the activity
    already read, whose count the sentence gives."""
    if not words("anaphora").starting(text, start):
        return False
    return bool(words("joining_back_verbs").ending(text[max(s_start, start - 2) : start]))


def closes_with_joining(sentence: str) -> bool:
    """A sentence that ends with a verb of taking part (…100余名会员共同参与。) after a
    count of people: those who came to the activity the sentence before reported."""
    body = sentence.rstrip("。！!；; ").removesuffix("了")
    if not words("joining_closings").ending(body) or words("partial_count_words").in_text(body):
        return False  # 仅这两天的15个项目，就有591名选手参加: a part of it
    return bool(re.search(rf"[\d{COUNT_NUMERALS}]+[多余]?(?:名|人|位)", body))


def counts_after_joining(sentence: str) -> bool:
    """A clause that opens on a verb of taking part, then says who and how many (…当天
    送出折页五百份，参与群众四百余人次。, 参加会员共120余人): those who came to the activity
    the sentence before reported; not a part of them (其中参加…)."""
    if words("partial_count_words").in_text(sentence):
        return False
    verbs = words("joining_back_verbs").pattern
    counted = re.search(
        rf"(?:^|[，,；;])(?:{verbs})(?:{_JOINED_WHAT})?(?!的)[^，,。；;\d的]{{0,10}}?"
        rf"(?:共|达|约|近)?[\d{COUNT_NUMERALS}]+[多余]?(?:名|人次|人|位)",
        sentence,
    )
    return counted is not None or _ATTENDANCE_LIST.search(sentence) is not None


#: Those at a meeting listed by their posts and closed by their total (出席会议的有县总工会
#: 委员、经审委员及各乡镇工会主席共45人): a list longer than the few words above, so the
#: total must follow 共. County gazetteers and chronicles tell a congress's attendance so
#: (s49 acts61, real pages of county unions' congresses and plenary meetings).
_ATTENDANCE_LIST = re.compile(
    rf"(?:^|[，,；;])(?:出席|参加)(?:会议|大会)的有[^。；;！？]{{2,60}}?共[\d{COUNT_NUMERALS}]+"
    r"[多余]?(?:名|人|位)"
)


#: What those taking part joined, told back before 的 (出席会议的会员代表80名, 参加培训的学
#: 员共62人, 参加会议的有…等60余人): a kind of event in a few words, then 的 and perhaps 有.
#: Real pages of s40 (acts42): county chronicles and gazetteers tell a congress's or a
#: meeting's attendance so, in the sentence after the one that reports it.
_JOINED_WHAT = r"[^，,。；;\d的]{1,4}的有?"


def counted_by_joining(found: list[ActivityDraft]) -> int:
    """The activity a sentence of those taking part counts (…26支代表队400余名职工参赛):
    the one just read; or, when that is the ceremony opening another read just before
    it (某区运动会在某体育场举行开幕式), the event it opens: teams compete in the games, not
    in the ceremony."""
    last = len(found) - 1
    opening = words("opening_words")
    if last == 0 or not opening.ending(found[last].name):
        return last
    opened = found[last - 1]
    if opening.ending(opened.name) or opened.paragraph < found[last].paragraph - 1:
        return last
    return last - 1


def the_meeting_named(found: list[ActivityDraft], bare: str) -> int | None:
    """大会 alone (某某主持大会, 四百余人参加大会, 大会由某某主持) after a meeting named
    with that word (…表彰大会, …代表大会): that meeting, in whatever paragraph of the
    article, as reports call their one 大会 (``named_meeting_words``). A launch
    ceremony alone (启动仪式后，…) after one named with its word (…系列活动启动仪式)
    is that ceremony too, not a part of whatever was read last."""
    if bare in words("named_meeting_words"):
        kinds, listed = (Category.meeting,), "named_meeting_words"
    elif bare in words("launch_ceremonies"):
        kinds, listed = (Category.other, Category.meeting), "launch_ceremonies"
    else:
        return None
    for i in range(len(found) - 1, -1, -1):
        name = found[i].name or ""
        if found[i].category in kinds and name.endswith(bare) and name != bare:
            words(listed).found(bare)
            return i
    return None
