"""Services given to a group: 为劳动者提供法律咨询、免费理发、义诊等服务, 还为司机们开展了
免费测血压、测血糖服务, 已为一千名女职工提供免费体检. What is given is the activity,
whatever its words (a list of services, a free check-up); the mention runs from the verb
of giving to the clause end, so that a service given by an event of the same sentence
(举办义诊活动，为骑手提供免费体检) stays that event's (:func:`.links.given_within`), and
so does one given by the activity named back as its subject (活动将为…职工提供免费体检).
Money or goods handed out (为困难职工发放救助金) are no service here: their verbs are
not the verbs of giving a service; nor what a station offers every day (建成“某某驿站”，
为骑手提供休息、饮水等服务)."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.cues import activity_subject
from gonghui_build.extract.activities.grammar import (
    category_of,
    not_going_dao_openers,
    patterns,
    words,
)
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.text.clauses import clauses
from gonghui_build.text.numbers import COUNT_NUMERALS
from gonghui_build.vocabulary import Category


def services(text: str, lo: int, hi: int) -> list[Mention]:
    """The services the sentence ``text[lo:hi]`` gives to a group, one mention each."""
    out: list[Mention] = []
    for c_start, c_end in clauses(text, lo, hi):
        for m in patterns().service.finditer(text, c_start, c_end):
            if words("facility_heads").in_text(text[lo : m.start()]):
                continue  # 驿站为骑手提供休息、饮水等服务: what a facility offers, daily
            if words("service_habits").ending(text[c_start : m.start()]):
                continue  # 积极为群众提供法律援助、困难帮扶等服务: a habit or a duty
            if activity_subject(text, (lo, c_start)):
                continue  # 本年度活动计划为…职工提供免费体检: the activity's own service
            words("service_verbs").found(m["verb"])
            words("service_heads").note_in(m["what"])
            words("concrete_services").note_in(m["what"])
            # 为60余名职工进行了义诊: 进行 only carries the service, no word of its name
            carried = m["verb"] in words("dummy_service_verbs")
            start = m.start("what") if carried else m.start("verb")
            # 到某村为近百名农民工开展健康体检: a team gone there to serve, volunteering
            gone = _gone_then_served().search(text[c_start:start]) is not None
            kind = Category.volunteering if gone else _kind(m["what"])
            out.append(Mention(start, m.end(), "", kind, True))
        out += _served_and_counted(text, c_start, c_end, out)
    return out


@functools.cache
def _counted_service() -> re.Pattern[str]:
    """为快递员、骑手理发60人次: 为, the group, a concrete service (free or not) and
    the tally of those served in 人次 right after it, with no verb of giving."""
    return re.compile(
        rf"为[^，。；：“”]{{1,20}}?(?P<what>(?:{words('service_adverbs').pattern})?"
        rf"(?:{words('concrete_services').pattern}))(?=[\d{COUNT_NUMERALS}]+人次)"
    )


def _served_and_counted(text: str, lo: int, hi: int, found: list[Mention]) -> list[Mention]:
    """A concrete service told with its tally of person-times (5名志愿者为骑手理发60人次,
    a service post's short lines, one service a line): the service was given, an event
    of its own, as one given by a verb of giving is (WeChat posts of unions' service days
    list each stall's tally so)."""
    out: list[Mention] = []
    for m in _counted_service().finditer(text, lo, hi):
        if any(f.start <= m.start("what") < f.end for f in found):
            continue  # read by the verb of giving already
        out.append(Mention(m.start("what"), m.end("what"), "", _kind(m["what"]), True))
    return out


def _kind(what: str) -> Category:
    """A service ending in a volunteering trigger (义诊) is volunteering, as the tuning
    gold reads a clinic or check-up given by doctors (real_dev11: 首场体检); any other
    service stays of kind other, as before."""
    last = [t for t in patterns().trigger.finditer(what) if t.end() == len(what)]
    if last and category_of(last[-1].group(0)) == Category.volunteering:
        return Category.volunteering
    return Category.other


def serves_where_it_went(text: str, visit_end: int, s_end: int) -> bool:
    """组织医务人员走进某公司，为80余名职工开展首场体检: a visit whose sentence then gives
    the people there a concrete service went there to serve them, volunteering as a
    visit of volunteers is (real_dev11's gold: 首场体检, volunteering at the company). A
    visit that hands out goods (为职工送去慰问品) gives no service and stays a visit."""
    if patterns().service.search(text, visit_end, s_end) is not None:
        return True
    return _served_freely().search(text, visit_end, s_end) is not None


@functools.cache
def _served_freely() -> re.Pattern[str]:
    """为120名骑手免费体检: 为, the group, an adverb of giving free, a concrete service."""
    return re.compile(
        rf"为[^，。；：“”]{{1,20}}?(?:{words('service_adverbs').pattern})"
        rf"(?:{words('concrete_services').pattern})"
    )


def is_service(text: str, m: Mention) -> bool:
    """Whether the mention ``m`` is a service given (:func:`services`: no trigger of its
    own, ending in a concrete service or in 服务)."""
    said = text[m.start : m.end]
    return not m.trigger and bool(
        words("concrete_services").ending(said) or words("service_heads").ending(said)
    )


def given_besides_a_call(visit_trigger: str, text: str, m: Mention) -> bool:
    """Whether the service mentioned at ``m`` is given besides a visit told by a verb of
    calling on people (``calling_visit_verbs``: 走访慰问一线职工，并为职工开展义诊): an
    activity of its own, the visit still a visit, not one visit of volunteers serving
    (:func:`serves_where_it_went`, for a group only going to a site to serve)."""
    return visit_trigger in words("calling_visit_verbs") and is_service(text, m)


def serving_visit(text: str, m: Mention, others: list[Mention], s_end: int) -> bool:
    """Whether the visit mentioned at ``m`` is volunteers serving where they went: told
    after a word of volunteering (组织职工志愿者来到某驿站) or giving the people there a
    service (:func:`serves_where_it_went`); not a call on people that gives a service
    besides (:func:`given_besides_a_call`: the service is then its own activity)."""
    if any(given_besides_a_call(m.trigger, text, x) for x in others):
        return False
    return words("volunteering").in_text(text[: m.start]) or serves_where_it_went(
        text, m.end, s_end
    )


@functools.cache
def _gone_then_served() -> re.Pattern[str]:
    """A verb of going (来到, 走进; 到 after no verb it ends, as 感到, 达到: ``activities.yaml``
    not_going_dao), a place, then 为 and the group served, up to the service."""
    not_going = not_going_dao_openers()
    return re.compile(
        rf"(?:{words('place_verbs').pattern}|(?<![{not_going}])到)[^，。；为]{{2,20}}为[^，。；]*$"
    )
