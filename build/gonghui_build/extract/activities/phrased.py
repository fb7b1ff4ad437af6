"""Activity mentions read from a phrase's shape rather than from a trigger word: named
programmes and periods (“安全生产月”, 实施“…计划”), sessions on a document or told by
their teacher, trips to a named place, talks with hosts and groups going to a site.
Kept apart from :mod:`.mentions`, which folds trigger words into names and joins these
phrases with them."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import category_of, patterns, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.naming import category
from gonghui_build.extract.activities.places import is_venue
from gonghui_build.extract.activities.specific_names import named_for_its_period
from gonghui_build.text import ner
from gonghui_build.text.clauses import clause_start, clauses, in_spans, quoted_spans
from gonghui_build.text.names import parse_titled_name
from gonghui_build.vocabulary import Category


def programmes_in(text: str, lo: int, hi: int) -> list[Mention]:
    """Named programmes in a list of topics: “区级工会加强年”专项工作."""
    out = []
    for m in re.finditer(r"“[^”]{2,16}[年月周]”", text[lo:hi]):
        trig = patterns().trigger.match(text, lo + m.end())
        if trig:
            kind = category(text, lo + m.start(), trig.end())
            out.append(Mention(lo + m.start(), trig.end(), trig.group(0), kind, True))
    return out


def periods(text: str, lo: int, hi: int) -> list[Mention]:
    """A campaign named for its period and carried by other activities: 以“安全生产月”
    为载体, 开展“安全宣传周”…"""
    out = []
    for m in patterns().period.finditer(text[lo:hi]):
        words("period_verbs").note_in(m[0][: m.start(1) - m.start()])
        words("carrier_words").starting(text, lo + m.end())
        out.append(Mention(lo + m.start(1), lo + m.end(1), "", Category.campaign, True))
    return out


@functools.cache
def _launched_period() -> re.Pattern[str]:
    """A verb of launching, then (after the edition's ordinal, if any) a name up to its
    clause's end that ends with a word of a period (季, 月, 周), perhaps inside its
    closing quotation mark."""
    verbs = words("period_launching_verbs").pattern
    ends = words("period_name_ends").pattern
    ordinal = "第[一二三四五六七八九十百\\d]+个"  # 第十个“…服务月”: its edition, no name
    return re.compile(
        rf"(?:{verbs})了?(?:{ordinal})?(?P<name>[^，。；：、！？]{{3,24}}?(?:{ends})”?)"
        r"(?=[，。；！？]|$)"
    )


#: What may stand before a period's own name: a year, an ordinal (第十个, 第三届), marks.
_PERIOD_PREFIX = re.compile(r"\d{4}年度?|第[一二三四五六七八九十百\d]+[个届]|[“”]")


@functools.cache
def _period_launched_after() -> re.Pattern[str]:
    """A quoted name ending with a word of a period (“读书季”), then perhaps 在 and the
    venue, then a verb of launching (``launch_verbs``: 启动, 正式启动) closing its clause:
    the period told as the subject of its launch."""
    ends = words("period_name_ends").pattern
    return re.compile(
        rf"(?P<name>“[^“”，。；]{{1,12}}(?:{ends})”)(?:在[^，。；：“”]{{2,20}}?)?"
        rf"(?:{words('launch_verbs').pattern})(?=[，。；！？]|$)"
    )


def launched_periods(text: str, lo: int, hi: int) -> list[Mention]:
    """A campaign named for its period launched with no head word after it (启动2025年
    职工阅读季, 启动“书香某地”职工阅读季，…, 启动第十个“农民工维权服务月”。), or quoted as the
    subject of its launch (某区总工会2024年职工书屋“阅读季”在区职工服务中心启动: real_dev30's
    gold, a city union site's reading season): the season or month is the campaign. Its
    name without a year, an ordinal and quotation marks must be one named for its period
    (:func:`.specific_names.named_for_its_period`: not 一个月, 本月); a quoted month alone
    after the verb is :func:`periods`'s, and a name a trigger ends (职工文化周, an event of
    kind other) the trigger's."""
    out = []
    for m in _period_launched_after().finditer(text, lo, hi):
        if not named_for_its_period(_PERIOD_PREFIX.sub("", m["name"])):
            continue
        if _ends_with_trigger(m["name"].rstrip("”")):
            continue  # “职工文化周”在某地启动: read by the trigger, of its kind
        out.append(Mention(m.start("name"), m.end("name"), "", Category.campaign, True))
    for m in _launched_period().finditer(text, lo, hi):
        if any(o.start < m.end() and m.start() < o.end for o in out):
            continue
        if patterns().period.match(text, m.start()):
            continue  # 开展“安全宣传周”，: read by periods
        if not named_for_its_period(_PERIOD_PREFIX.sub("", m["name"])):
            continue
        if _ends_with_trigger(m["name"].rstrip("”")):
            continue  # 举办职工文化周, 启动女职工关爱季: read by the trigger, of its kind
        words("period_launching_verbs").note_in(m[0][: m.start("name") - m.start()])
        out.append(Mention(m.start("name"), m.end("name"), "", Category.campaign, True))
    return out


def _ends_with_trigger(name: str) -> bool:
    """A trigger word ends ``name`` (职工文化周, 女职工关爱季)."""
    return any(t.end() == len(name) for t in patterns().trigger.finditer(name))


def quoted_programmes(text: str, lo: int, hi: int) -> list[Mention]:
    """A programme launched under a quoted name and headed 工作, 计划 or 工程: 启动开展
    “转作风、促发展”机关科级以上干部联系工会服务站工作, 实施“职工学历提升计划”.
    (工作 alone names no activity.) Its category is its last trigger's, else campaign."""
    out = []
    for m in patterns().programme.finditer(text, lo, hi):
        group = "launched" if m.group("launched") else "running"
        words("launching_verbs").ending(text[: m.start()])
        words("running_words").starting(text, m.end())
        kind = category(text, m.start(group), m.end(group))
        kind = kind if kind != Category.other else Category.campaign
        out.append(Mention(m.start(group), m.end(group), "", kind, True))
    return out


def taught_documents(text: str, lo: int, hi: int) -> list[Mention]:
    """A session on a document: 为学员讲授新修改的《工会法》 is a lecture."""
    out = []
    for m in patterns().taught.finditer(text, lo, hi):
        words("teaching_verbs").note_in(m[0][: m.start("what") - m.start()])
        out.append(Mention(m.start(), m.end(), "", Category.lecture, True))
    return out


def taught_by_teachers(text: str, lo: int, hi: int) -> list[Mention]:
    """A session told by its teacher and verb: 市总工会法律工作部部长某某讲解劳动争议
    调解实务, 民警为20名快递员讲解…知识. The clause names the teacher (a person the
    recogniser reads, or a teacher's title: 讲师, 民警, 老师) before a teaching verb,
    and what is taught after it; the mention runs from the verb to the clause end. A
    clause opening with the verb has its teacher in the clause before when that one tells
    the manner of the talk (某某结合自身经历，讲解了…: ``manner_words``)."""
    out = []
    tagged = ner.words(text)
    previous = lo
    for c_start, c_end in clauses(text, lo, hi):
        verb = patterns().lesson.search(text, c_start, c_end)
        told_from, previous = previous, c_start
        if verb is None or c_end - verb.end() < 2:
            continue
        before = text[c_start : verb.start()]
        teacher = words("speaker_titles").in_text(before) or any(
            w.tag == "PER" and c_start <= w.start and w.end <= verb.start() for w in tagged
        )
        told_before = _teacher_of_manner if not before else _leader_teaching
        if teacher or told_before(text, told_from, c_start - 1, before):
            words("teaching_verbs").note_in(verb[0])
            # 为学员讲解…, 带领大家学习…: the audience before the verb or in it
            audience = bool(words("audience_words").in_text(before + verb[0]))
            out.append(Mention(verb.start(), c_end, "", Category.lecture, True, None, audience))
    return out


def _leader_teaching(text: str, lo: int, hi: int, before: str) -> bool:
    """副主席某某带队到某工地，为农民工讲授…: a clause opening with its audience (为…) after
    one where a person the recogniser reads leads a group (``delegations``): the leader
    teaches where the group went."""
    if not words("audience_words").starting(before):
        return False
    lead = words("delegations").regex.search(text, lo, hi)
    return lead is not None and any(
        w.tag == "PER" and lo <= w.start and w.end <= lead.start() for w in ner.words(text)
    )


def _teacher_of_manner(text: str, lo: int, hi: int, before: str = "") -> bool:
    """The clause ``text[lo:hi]`` tells the manner of a talk (``manner_words``) after its
    teacher: a speaker's title, a person the recogniser reads, or a post and a name
    (大队长宁国庆结合农民工工资案例, 获得者郝振川结合自身经历)."""
    manner = words("manner_words").regex.search(text, lo, hi)
    if manner is None:
        return False
    head = text[lo : manner.start()]
    if words("speaker_titles").in_text(head) or parse_titled_name(head) is not None:
        return True
    return any(
        w.tag == "PER" and lo <= w.start and w.end <= manner.start() for w in ner.words(text)
    )


def trips(text: str, lo: int, hi: int) -> list[Mention]:
    """组织获奖选手赴浙江杭州交流学习: a trip to a named place is a visit; a trip whose
    verb is a trigger of its own kind (赴江苏苏州疗休养, 到某镇疗休养) is of that kind.
    After 到 a visit is read only when a union sends a group in the clause (组织各工作室
    负责人到某合作社的工作室交流): 到某地考察 alone is read by its trigger."""
    out = []
    for m in patterns().trip.finditer(text, lo, hi):
        verb = m["verb"]
        kind = category_of(verb) if patterns().trigger.fullmatch(verb) else Category.visit
        sent = bool(m["to"]) and _group_sent(text, lo, m.start())
        if m["to"] and kind is Category.visit and not sent:
            continue
        # a group sent to a site told at length (到某镇一家合作社的工作室交流): the site word
        # ending it is enough, as a visit's site is (:func:`site_visits`)
        at_site = sent and bool(patterns().site.search(m["place"]))
        if at_site or is_venue(text, m.start("place"), m.end("place")):
            words("trip_verbs").note_in(m[0])
            out.append(Mention(m.start(), m.end(), "", kind, True))
    return out


def _group_sent(text: str, lo: int, at: int) -> bool:
    """A verb that sends a group (组织, 带领) in the clause before 到: the trip is the
    union's outing, not a word of reaching (达到, 学习到)."""
    begin = clause_start(text, at, lo)
    return bool(words("organising_groups").in_text(text[begin:at]))


def talks(text: str, lo: int, hi: int) -> list[Mention]:
    """…，并与日喀则市总工会负责同志座谈, …，与职工代表、工会干部座谈: a talk with hosts or
    with a group after a visit is a meeting;
    so is a talk on a matter (就筹办职工篮球联赛的有关事宜进行了座谈) or with people met in
    turn (，同各队负责人逐队座谈)."""
    out = []
    for m in patterns().talk_with.finditer(text, lo, hi):
        if _how_the_visit_went(text, lo, m):
            continue
        words("talking_verbs").note_in(m[0])
        out.append(Mention(m.start(), m.end(), "", Category.meeting, True))
    for m in _brought_to_talk().finditer(text, lo, hi):
        if not any(o.start < m.end() and m.start("talk") < o.end for o in out):
            out.append(Mention(m.start("talk"), m.end(), "", Category.meeting, True))
    return out


@functools.cache
def _brought_to_talk() -> re.Pattern[str]:
    """组织新当选的劳模与青年职工座谈: a union bringing one group to talk with another is a
    meeting it held, though no 座谈会 names it (real_dev8's gold: the talk, named from the
    first group). Only after 组织 and between two groups, so a visit's own talk (…一行到
    某地调研，与快递员座谈) stays with :func:`_how_the_visit_went`."""
    verbs = words("talking_verbs").pattern
    return re.compile(rf"组织(?P<talk>[^，。；与]{{2,20}}与[^，。；]{{2,20}}?(?:{verbs}))(?!会)")


def _how_the_visit_went(text: str, lo: int, m: re.Match[str]) -> bool:
    """A talk told after a comma with 与 is how the visit before it went, not a meeting of
    its own, in the sentence of a delegation's visit (…一行到某地调研…，与快递员、外卖骑手
    座谈: the tuning gold of real_dev2 and real_dev5) or with one group only (，与职工代表
    座谈: a measured set reads fewer activities so); a talk told with 并, 同 or 分别, or
    with a group of several after a visit of no delegation, still is one."""
    if m["with"] != "与" or text[m.start() - 1] not in "，；":
        return False
    return "、" not in m[0] or bool(words("delegations").in_text(text[lo : m.start()]))


def site_visits(text: str, lo: int, hi: int) -> list[Mention]:
    """A group going to a site: 学员们走进某抗战纪念馆, 柯立民来到…养护工地.
    The mention runs from the verb to the site."""
    out = []
    quoted = quoted_spans(text[lo:hi])
    for m in patterns().movement.finditer(text, lo, hi):
        if in_spans(m.start() - lo, quoted):
            continue  # 开展“深入基层、走进企业”大调研: a slogan
        if words("reporters").ending(text[max(lo, m.start() - 4) : m.start()]):
            continue  # 记者走进部分企业: the reporting itself
        if words("arrival_adverbs").ending(text[max(lo, m.start() - 3) : m.start()]):
            continue  # 参检职工陆续来到某中心: those taking part arriving, no visit
        if site := patterns().site.search(m.group("site")):
            words("going_verbs").note_in(m[0][: m.start("site") - m.start()])
            words("sites").found(site[0])
            words("site_front_lines").note_in(text[m.end("site") : m.end()])  # …园区一线
            words("site_ends").starting(text, m.end())
            out.append(Mention(m.start(), m.end("site"), "", Category.visit, True))
    return out
