"""What a visit's verb goes on to name: the object a visit's name runs on over
(参观企业文化车间), the sites a visit lists, one each (参观了A纪念馆、B纪念馆), and where a
list of sites after a visit's verb starts (走访A园、B园等单位), and where a list of the
people a call goes to starts (走访慰问某某、某某等劳动模范).

A unit because each reads the same stretch, the words right after a visit's verb, with
the same site pattern, and answers with character offsets, not mentions: the readers of
:mod:`.mentions` decide what those spans make.
"""

from __future__ import annotations

import re

from gonghui_build.extract.activities.grammar import category_of, patterns, words
from gonghui_build.text.numbers import COUNT_NUMERALS
from gonghui_build.vocabulary import Category

#: 走访了某中心和某镇的两户困难职工家庭: a site, 和, then a place's households counted
#: (户, 名, 位) up to the clause's end.
_SITE_AND_HOUSEHOLDS = re.compile(
    r"了?(?P<site>[^，。；、和的“”]{4,20})和"
    rf"(?P<place>[^，。；、和的“”]{{2,10}})的[\d{COUNT_NUMERALS}]+[户名位][^，。；、“”]{{0,12}}"
    r"(?=，|。|；|$)"
)


def after_visit_verb(text: str, start: int, list_end: int) -> int:
    """走访中关村软件园、…等单位: a list whose first item is a site after a visit's verb
    lists the visit's sites; it starts after the verb."""
    for visit in patterns().trigger.finditer(text, start, list_end):
        first = text.find("、", visit.end(), list_end)
        if (
            category_of(visit[0]) == Category.visit
            and first > 0
            and patterns().site.search(text[visit.end() : first])
        ):
            return visit.end()
    return start


def after_calling_verb(text: str, start: int, end: int) -> int:
    """走访慰问易某、曹某等全国劳动模范: a list of the people a call goes to starts after the
    last verb of calling before its 等 at ``end`` (``calling_visit_verbs``), as a list of
    sites does after a visit's verb, so that the list, read as topics and covered, leaves
    the call its verb (the tuning gold of real_dev12: the call on model workers is a
    visit), whatever list marks stand before the verb (党组书记、主席某某带队走访慰问…).
    Only when the items after it name no activity: 走访、座谈等方式 lists methods."""
    calls = list(re.finditer(words("calling_visit_verbs").pattern, text[start:end]))
    if not calls:
        return start
    after = start + calls[-1].end() + (1 if text.startswith("了", start + calls[-1].end()) else 0)
    if text.startswith("、", after) or patterns().trigger.search(text, after, end):
        return start
    return after


def listed_sites(text: str, end: int, hi: int) -> list[tuple[int, int]]:
    """The places of 参观了长辛店二七纪念馆、中国人民抗日战争纪念馆, one span each."""
    match = re.match(r"了?([^，。；“”]{4,60}?)(?=，|。|；|$)", text[end:hi])
    if not match or "、" not in match.group(1) or "等" in match.group(1):
        return []  # 走访A、B等单位: one visit, to the first named
    if "的" in match.group(1).rsplit("、", 1)[-1]:
        return []  # 走访天山区、米东区的困难职工: places of those visited, one visit
    sites, pos = [], end + match.start(1)
    for piece in match.group(1).split("、"):
        # …派出所和…检查站: the last two joined by 和, a site each
        first, joined, second = piece.partition("和")
        site = patterns().site.search
        if joined and site(first) and site(second) and len(first) >= 2 and len(second) >= 2:
            sites += [(pos, pos + len(first)), (pos + len(first) + 1, pos + len(piece))]
        elif site(piece):
            sites.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return sites if len(sites) >= 2 else []


def visit_object_end(text: str, end: int, hi: int) -> int:
    """A visit's name runs on to what is visited: 参观企业文化车间."""
    ends = words("visit_object_ends").pattern
    match = re.match(rf"了?([^，。；、“”]{{2,25}}?)(?={ends}|，|。|、|；|$)", text[end:hi])
    if match:
        words("visit_object_ends").starting(text, end + match.end())
    return end + match.end() if match else end


def site_and_households(text: str, end: int, hi: int) -> list[tuple[int, int]]:
    """走访了某县总工会职工服务中心和某镇的两户困难劳模家庭: a site, then the households
    of a place counted after 的: a visit each, as the tuning gold reads them (real_dev7:
    the second at the place), the count closing the second object only; the spans are
    the site and the place. Not when both end in one site word (走访了A公司和B公司的两户
    困难职工家庭: the households may be of both, one visit), nor when the first is no
    site (走访了困难职工和劳模的…)."""
    match = _SITE_AND_HOUSEHOLDS.match(text, end, hi)
    if match is None:
        return []
    site, place = patterns().site.search(match["site"]), patterns().site.search(match["place"])
    if site is None or place is None or site[0] == place[0]:
        return []
    return [match.span("site"), match.span("place")]
