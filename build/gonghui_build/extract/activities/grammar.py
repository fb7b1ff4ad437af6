"""The words of activities (``reference/activities.yaml``) and the patterns built from
them. Every word list is read by name through :func:`words`; the patterns here put
words into grammar (a verb, a place, then the verb that holds an event there)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.year_ends import year_end_words
from gonghui_build.reference import Words
from gonghui_build.text.chars import COORDINATION
from gonghui_build.text.numbers import COUNT_NUMERALS, TEN_NUMERALS, number_re
from gonghui_build.vocabulary import Category, Unit

FILE = "activities.yaml"
#: What joins two items of a list of activities, days, venues or sites (A和B, A、B, A及B,
#: A与B), each one character (``text.chars.COORDINATION``).
LIST_JOINERS = frozenset(COORDINATION)
#: A character a facility's bare name (园区职工书屋, no quotes) is made of: no punctuation,
#: no particle or preposition that opens or joins a clause (的, 并, 为, 在, 和…), no digit.
FACILITY_NAME_CHAR = r"[^，。；：、“”（）()的并为在和与及到了\d]"
#: A talk told by its title: 以, one title or more in quotes or in 《》 (two to thirty
#: characters each: 以“…”为题, 以《…》为题, 以“…”“…”为题), 为题, and its comma or none.
#: The one form every rule reading a talk by its title takes (the talk's mention here, a
#: titled talk told by a verb, a speaker's role after a post, a talk at an event), so
#: that a title one of them reads is a title to all.
TALK_TITLE = r"以(?P<title>(?:“[^”]{2,30}”|《[^》]{2,30}》)+)为题[，,]?"


def words(section: str) -> Words:
    """A word list of ``reference/activities.yaml``."""
    return lexicon.words(FILE, section)


@functools.cache
def not_going_dao_openers() -> str:
    """The first characters of the verbs ending in 到 that tell no going (得到, 感到, 看到:
    ``activities.yaml`` not_going_dao), for a character class: a 到 after one of them is
    that verb's end, no going to a place, in every rule that reads a 到 of going."""
    return "".join(dict.fromkeys(w[0] for w in words("not_going_dao").words))


def categories() -> dict[str, Category]:
    """Trigger word → the category of activity it names."""
    return lexicon.keyed(FILE, "categories")


def category_of(trigger: str) -> Category:
    return categories()[words("categories").found(trigger)]


@dataclass(frozen=True)
class Patterns:
    trigger: re.Pattern[str]  # any trigger word
    programme: re.Pattern[str]  # 启动开展“…”工作, “…”工程正稳步推进
    site: re.Pattern[str]  # a place a visit goes to, by its last word
    movement: re.Pattern[str]  # 来到…纪念馆: a group going to a site
    count: re.Pattern[str]  # 近300名: a number and its unit
    bare_count: re.Pattern[str]  # 千余职工: a number right before the people it counts
    unit_of: dict[str, Unit]
    organiser: re.Pattern[str]  # 由市总工会承办
    duration: re.Pattern[str]  # 为期三天
    name_duration: re.Pattern[str]  # 40天 at the end of a name before its trigger
    titled: re.Pattern[str]  # 以“…”为题，为学员讲授; 以《…》为题，结合案例，讲解
    taught: re.Pattern[str]  # 讲授新修改的《工会法》
    lesson: re.Pattern[str]  # 讲解, 讲了: a teaching verb before what is taught
    talk_with: re.Pattern[str]  # 并与…负责同志座谈, ，与某某、某某座谈, 就…事宜进行了座谈
    trip: re.Pattern[str]  # 赴浙江杭州交流学习
    period: re.Pattern[str]  # 以“安全生产月”为载体
    until: re.Pattern[str]  # 将持续到12月底
    total: re.Pattern[str]  # 共发放…20万份
    facility_opened: re.Pattern[str]  # 园区职工书屋正式对外开放
    facility_count: re.Pattern[str]  # 三百一十二个: a count of facilities
    service: re.Pattern[str]  # 为劳动者提供法律咨询、免费理发、义诊等服务


def _alt(section: str) -> str:
    return words(section).pattern


def _programme_regex() -> re.Pattern[str]:
    """启动开展“…”…工作, 实施“职工学历提升计划”, “亦麒麟”高技能人才培育工程正稳步推进:
    a quoted name with a programme head, after a verb of launching or before a word of
    its running."""
    head = f"(?:{_alt('programme_heads')})"
    name = rf"(?:“[^”]{{2,16}}”[^，。；：“”]{{0,20}}?{head}|“[^”]{{0,16}}{head}”)"
    launching = "|".join(f"(?<={re.escape(w)})" for w in words("launching_verbs"))
    return re.compile(
        rf"(?:(?:{launching})(?P<launched>{name})(?=[，。；、]|$|以来)"
        rf"|(?P<running>{name})(?=(?:{_alt('running_words')})))"
    )


def _facility_opened() -> re.Pattern[str]:
    """A facility's name (“暖心驿站”, 园区职工书屋) before a word of its opening (…近日
    挂牌) in its clause; not the opening word of a ceremony (揭牌仪式), which names the
    event itself, nor a time told by the opening (驿站启用当天), nor the act of a
    ceremony (主席为驿站揭牌: the ceremony is the event). A bare name has words
    before its head (驿站 alone refers back) and stops at a count (两个工会服务站:
    工会服务站). The venue it opens at may stand between (“园区职工书屋”在某开发区职工
    服务中心揭牌), read as ``venue``. A union federation founded under its plaque
    (某合作社工会联合会挂牌成立) is read the same way. At a venue, a bare 开放 opens it too
    (某驿站在某街开放: ``venue_opening_words``)."""
    head = f"(?:{_alt('facility_heads')}|{_alt('founded_union_heads')})"
    classifiers = "".join(words("facility_classifiers"))
    bare = rf"[^，。；：、“”（）()的并为在和与及到了\d{COUNT_NUMERALS}万{classifiers}]"
    name = rf"(?<!为)(?P<name>“[^”]{{0,12}}{head}”|{bare}{{1,10}}?{head})"
    opening = _alt("facility_opening_words")
    at_venue = f"(?:{opening}|{_alt('venue_opening_words')})"
    return re.compile(
        rf"{name}(?:[^，。；：“”在]{{0,4}}?在(?P<venue>[^，。；：“”]{{2,20}}?)(?:正式|隆重)?{at_venue}"
        rf"|[^，。；“”]{{0,8}}?(?:{opening}))"
        rf"(?!仪式|典礼|{_alt('facility_time_words')})"
    )


def _service_given() -> re.Pattern[str]:
    """为劳动者提供法律咨询、免费理发、义诊等服务, 为司机们开展了免费测血压、测血糖服务,
    为一千名女职工提供免费体检: 为, the group served, a verb of giving, and what is given
    up to the clause end: a concrete service, or 服务 after a list of them."""
    given = rf"为[^，。；：“”]{{1,20}}?(?P<verb>{_alt('service_verbs')})了?"
    listed = rf"[^，。；：“”]{{1,20}}、[^，。；：“”]{{1,20}}?(?:{_alt('service_heads')})"
    concrete = rf"[^，。；：“”、]{{0,12}}?(?:{_alt('concrete_services')})"
    return re.compile(rf"{given}(?P<what>{listed}|{concrete})(?=[，。；：]|$)")


def _organiser_regex() -> re.Pattern[str]:
    """由X主办: the body that held an activity, after the bodies that only guided or backed
    it, each closed by a word of patronage (由甲指导、乙主办, 由甲指导，乙主办，丙承办: 乙
    held it; real pages, s37: a city union's show on a building site and a city union's
    health checks, both 由区总工会/省总工会指导 before the holder)."""
    patrons = rf"(?:[^，。；的]{{2,30}}?(?:{_alt('patronage_words')})[，、])+"
    return re.compile(
        rf"由(?:{patrons})?(?P<org>[^，。；的]{{2,40}}?)(?:{_alt('organising_verbs')})"
    )


@functools.cache
def patterns() -> Patterns:
    unit_of = lexicon.keyed(FILE, "units")
    units = "|".join(map(re.escape, lexicon.load(FILE).duration_units))
    cn = TEN_NUMERALS
    year_ends = "|".join(map(re.escape, year_end_words()))  # 持续到年底
    return Patterns(
        trigger=words("categories").regex,
        programme=_programme_regex(),
        site=re.compile(f"(?:{_alt('sites')})$"),
        movement=re.compile(
            f"(?:{_alt('going_verbs')})"
            rf"(?P<site>[^，。；、“”各]{{3,20}}?)(?:{_alt('site_front_lines')})?"
            rf"(?=[，。；]|{_alt('site_ends')}|$)"
        ),
        count=re.compile(f"(?:{number_re().pattern})(?P<unit>{lexicon.alternation(unit_of)})"),
        bare_count=re.compile(f"(?:{number_re().pattern})(?=(?:{_alt('bare_counted')}))"),
        unit_of=unit_of,
        organiser=_organiser_regex(),
        duration=re.compile(
            rf"(?:{_alt('duration_words')})(?P<num>\d+|[{cn}百两半]+)(?P<unit>{units})"
        ),
        name_duration=re.compile(rf"(\d+|[{cn}两]+)({_alt('name_duration_units')})$"),
        titled=re.compile(
            rf"{TALK_TITLE}(?:[^，。；]{{2,20}}[，,])?(?:为[^，。；]{{1,8}}?)?"
            rf"(?:{_alt('talk_verbs')})?了?$"
        ),
        taught=re.compile(
            rf"(?:{_alt('teaching_verbs')})(?P<what>[^，。；、“”]{{0,8}}《[^》]{{2,30}}》)"
        ),
        lesson=re.compile(f"(?:{_alt('teaching_verbs')})了?(?!{_alt('not_taught')})"),
        trip=re.compile(
            rf"(?:赴|(?P<to>到))(?P<place>[^，。；、“”]{{2,16}}?)(?P<more>(?:、[^，。；、“”]{{2,8}}?)+等地)?"
            # not a verb inside the place's own name (某山职工疗休养基地疗休养), nor a
            # meeting's or a programme's (到某地交流会, 交流活动)
            rf"(?P<verb>{_alt('trip_verbs')})(?!{_alt('sites')}|会|活动)"
        ),
        talk_with=re.compile(
            rf"(?:(?<=[并还，；])(?P<with>(?:分别)?[与同])(?![会时])[^，。；]{{2,36}}?"
            rf"|(?<![成造迁])就[^，。；、]{{2,24}}?)"
            rf"(?:进行了?|开展了?)?(?:逐[队户家个])?(?:{_alt('talking_verbs')})(?!会)"
        ),
        period=re.compile(
            rf"(?:{_alt('period_verbs')})(“[^”\d]{{2,12}}[月周]”)(?={_alt('carrier_words')}|，|。)"
        ),
        until=re.compile(
            rf"^[^，。；]{{0,6}}?(?:{_alt('until_words')})(?=[今明去本]年|\d|[{cn}]|{year_ends})"
        ),
        total=re.compile(f"(?:{number_re().pattern})(?:{_alt('total_units')})"),
        facility_opened=_facility_opened(),
        facility_count=re.compile(f"(?:{number_re().pattern})(?:{_alt('facility_classifiers')})"),
        service=_service_given(),
    )
