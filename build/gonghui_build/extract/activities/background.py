"""Background: an activity mention that is not news of the article. A meeting cited for
its spirit or as a point in time, a national event, a programme cited as the directive
being carried out, a visit told as a yearly practice or charged as a habit, a contest
cited as the record of those who won in it, work a policy joins to other work."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.convened import convened_by_union
from gonghui_build.extract.activities.count_roles import delegates_elected_to
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.item_headings import heads_an_item
from gonghui_build.extract.activities.mentions import Mention
from gonghui_build.extract.activities.point_headings import heads_a_point
from gonghui_build.extract.activities.reported_held import national_meeting_held
from gonghui_build.extract.dates.article import events_in
from gonghui_build.text.clauses import clause_end, clause_start
from gonghui_build.vocabulary import Category


def in_directive_clause(text: str, start: int, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` stands in a clause citing a directive being carried
    out: 落实某区委深入开展“…”活动和…工作要求, 认真落实某区委和某市总工会决策部署."""
    before = text[clause_start(text, start) : start]
    end = start if end is None else end
    after = text[end : clause_end(text, end)]
    return bool(words("directive_opening").in_text(before)) and bool(
        words("directive_closing").ending(after)
    )


def _cited_with_others(text: str, mention: Mention) -> bool:
    """A meeting listed with others whose spirit is cited (传达了全总执委会、省总工会全委
    会和市总全委会会议精神), or a speech at it (在某全委会上的讲话精神)."""
    if mention.category != Category.meeting:
        return False
    spirit = words("spirit_words").pattern
    after = text[mention.end : clause_end(text, mention.end)]
    listed = re.match(rf"(?:[、和及与][^，。；、和及与]{{2,24}}?)*?(?:会议)?(?:{spirit})", after)
    speech = re.match(rf"上的(?:重要)?讲话(?:{spirit})", after)
    return bool(
        listed or speech or _speech_cited(text, mention) or _national_speaker_at(text, mention.end)
    )


def _speech_cited(text: str, mention: Mention) -> bool:
    """学习…，并学习市长在全市先进人物恳谈会上的讲话: a speech named as a thing (在…上的
    讲话, a noun with 的, closing its clause) is a text being studied, and the meeting it
    was given at a point of reference, even with no 精神 after it. A speech reported as
    given (在座谈会上讲话) has no 的 and stays the meeting's news."""
    opened = text[clause_start(text, mention.start) : mention.start]
    closing = re.match(r"上的(?:重要)?讲话(?=[，。；、）]|$)", text[mention.end :])
    return bool(closing) and "在" in opened


def _national_speaker_at(text: str, end: int) -> bool:
    """在…大会上，总书记指出…: a meeting a national leader spoke at is cited for the
    words spoken there, a national event."""
    if not text.startswith("上", end):
        return False
    reach = text[end + 1 : clause_end(text, clause_end(text, end + 1) + 1)]
    return bool(words("national_speakers").in_text(reach))


def _habitual_visit(text: str, mention: Mention) -> bool:
    """An unnamed visit whose clause tells a yearly practice before it (县总工会每年春节
    前走访慰问困难职工, 逢年过节都会上门看望): a habit (ANNOTATION.md keeps generic
    habits out), not a visit the article reports."""
    span = text[mention.start : mention.end]
    if mention.category != Category.visit or "“" in span or not mention.trigger:
        return False  # a visit under a quoted name is a programme of its own
    trigger_at = mention.start + span.rfind(mention.trigger)
    return bool(words("habit_words").in_text(text[clause_start(text, mention.start) : trigger_at]))


def charged_between(sentence: str, pos: int, at: int) -> bool:
    """A date at ``at`` after a mention at ``pos`` stands in a charge its sentence goes
    on to give (举办…培训班，要求各单位在年内建立女工组织; 召开…会议，强调各基层工会要在
    6月底前完成换届): a deadline set for others, not the day the activity was held."""
    return at > pos and words("charging_verbs").in_text(sentence[pos:at]) is not None


def _charged_visit(text: str, mention: Mention) -> bool:
    """An unnamed visit an official charges others to make as a habit (叮嘱厂工会要经常
    上门看望, 强调工会组织要…广泛开展走访慰问): the speaker's words after the visit
    reported, a standing practice asked for, no visit held (ANNOTATION.md keeps generic
    habits out)."""
    span = text[mention.start : mention.end]
    if mention.category != Category.visit or "“" in span or not mention.trigger:
        return False
    trigger_at = mention.start + span.rfind(mention.trigger)
    opened = max(text.rfind(stop, 0, mention.start) for stop in "。！？；") + 1
    before = text[opened:trigger_at]
    verb = words("charging_verbs").in_text(before)
    return verb is not None and bool(
        words("charged_habits").in_text(before[before.index(verb) + len(verb) :])
    )


def _contest_on_record(text: str, mention: Mention) -> bool:
    """A contest right before 中 whose clause tells someone won in it, with a word of a
    past record before it (他曾在全省职工技能大赛中获得第二名) or an edition word at its
    name (上届大赛中获奖的作品, 在各类技能竞赛中屡获佳绩): a record of those who won,
    cited in a profile or a description, not a contest the article reports. A contest
    reported as news (在刚刚结束的第五届…大赛中，我区选手获得…) has no such word. A year
    word before 在 (去年在黄山市…技能比武中获得第二名) dates the win in a named contest,
    no edition of it: the words before the mention count only after their last 在."""
    if mention.category != Category.competition or not text.startswith("中", mention.end):
        return False
    if not words("record_wins").in_text(text[mention.end + 1 : clause_end(text, mention.end + 1)]):
        return False
    opened = clause_start(text, mention.start)
    lead = text[max(opened, mention.start - 3) : mention.start]
    named = lead[lead.rfind("在") + 1 :] + text[mention.start : mention.end]
    return bool(
        words("record_adverbs").in_text(text[opened : mention.start])
        or words("record_editions").in_text(named)
    )


# A count of times: 十余次, 三次, 20多次 (numerals, then 余 or 多, then 次).
_TIMES = re.compile(r"[一二三四五六七八九十百两\d]+[余多]?次")
#: A count of times ending the words before a verb of joining (曾三次参加).
_TIMES_ENDING = re.compile(rf"(?:{_TIMES.pattern})$")


def _contests_counted_in_times(text: str, mention: Mention) -> bool:
    """先后参加省、市职工技能大赛十余次, 曾三次参加全国…大赛, 多次参加…比赛: the times
    someone took part in contests, counted: a record of many contests told in a profile,
    no one contest the article reports. One contest taken part in (2014年，他代表公司参加
    …大赛，获得一等奖) is one event and stays, as real_dev5's gold has it."""
    if mention.category != Category.competition:
        return False
    before = text[clause_start(text, mention.start) : mention.start]
    joined = words("joining_back_verbs").last_in(before)
    if joined is None:
        return False
    ahead = before[: joined[0]]
    return bool(
        _TIMES.match(text, mention.end)
        or words("record_times").ending(ahead)
        or _TIMES_ENDING.search(ahead)
    )


def _joined_in_policy(text: str, mention: Mention) -> bool:
    """要将职业道德教育与劳动和技能竞赛活动深度融合, 将把…同技术攻关、岗位练兵结合
    起来: an unquoted mention between 把/将 and a verb of joining in its clause is a kind
    of work a policy joins to other work, not an activity held or planned. A contest
    planned in one clause and joined in the next (将于5月举办“安康杯”知识竞赛，并与…
    结合起来) is quoted or has its verb of joining in another clause, and stays."""
    if "“" in text[mention.start : mention.end]:
        return False
    before = text[clause_start(text, mention.start) : mention.start]
    opener, _ = words("policy_openers").last_in(before) or (-1, "")
    held = before[opener:]
    if (
        opener < 0
        or words("held_event_verbs").in_text(held)
        or words("convening_verbs").in_text(held)
    ):
        return False  # 将于5月举办…竞赛并与…相结合: a contest planned, then joined
    return bool(words("policy_joins").in_text(text[mention.end : clause_end(text, mention.end)]))


def is_background(text: str, mention: Mention) -> bool:
    """A meeting cited for its spirit or as a point in time (…以来), a national event,
    a programme cited as the directive being carried out or a visit told as a yearly
    practice: background, not news."""
    name = text[mention.start : mention.end]
    if _habitual_visit(text, mention) or _charged_visit(text, mention):
        return True
    if _contest_on_record(text, mention) or _contests_counted_in_times(text, mention):
        return True
    if _joined_in_policy(text, mention) or delegates_elected_to(text, mention.start, mention.end):
        return True
    if heads_an_item(text, mention):
        return True  # 二是技能比赛亮点纷呈。: a round-up item's heading, the work not an event
    if heads_a_point(text, mention):
        return True  # （一）开展劳动竞赛。3月，开展“某某”劳动竞赛…: told next, by name
    if words("spirit_words").starting(text, mention.end) or _cited_with_others(text, mention):
        return True
    if mention.category == Category.meeting and words("since_words").starting(text, mention.end):
        return True  # 县工会第九次代表大会以来: a point in time (a programme runs since)
    if in_directive_clause(text, mention.start, mention.end):
        return True
    if mention.category != Category.meeting or words("spirit_words").in_text(name):
        # 学习贯彻党的十九大精神培训班 is a course and 学习贯彻党的十九大精神座谈会 a
        # meeting of their own, not the congress
        return False
    if words("national_openings").starting(name.lstrip("“")):
        return not (convened_by_union(text, mention.start) or national_meeting_held(text, mention))
    # 某区“喜迎二十大 奋进新征程”劳动竞赛推进会: a national event in the quoted slogan is
    # the theme of a meeting of the article's own
    return bool(events_in(re.sub(r"“[^”]*”", "", name)))
