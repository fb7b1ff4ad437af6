"""What a visit's verb goes on to name: the object a visit's name runs on over
(参观企业文化车间), the sites a visit lists, one each (参观了A纪念馆、B纪念馆), and where a
list of sites after a visit's verb starts (走访A园、B园等单位).

A unit because each reads the same stretch, the words right after a visit's verb, with
the same site pattern, and answers with character offsets, not mentions: the readers of
:mod:`.mentions` decide what those spans make.
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.grammar import category_of, patterns, words
from gonghui_build.vocabulary import Category


def after_visit_verb(text: str, start: int, list_end: int) -> int:
    """走访中关村软件园、…等单位, 走访慰问环卫工人、快递员等困难职工: a list whose first item
    is a site, or a group of those seen, after a visit's verb lists what the visit went
    to; it starts after the verb, which stays the visit's own (a year's round-up prints
    its visits so, 走访慰问A、B等困难职工320人次: real pages of county and city unions'
    summaries). A first item that is itself an activity (走访、慰问等) is no object."""
    for visit in patterns().trigger.finditer(text, start, list_end):
        first = text.find("、", visit.end(), list_end)
        if category_of(visit[0]) != Category.visit or first < 0:
            continue
        item = text[visit.end() : first]
        if patterns().site.search(item) or _seen_group(item):
            return visit.end()
    return start


def _seen_group(item: str) -> bool:
    """A first list item naming people seen (一线环卫工人, 了困难职工, 户外劳动者): a noun for
    people at its end (``titles.yaml`` person_nouns, or 者), no activity word, no quote; not
    a way of work (加强调研指导、开展政策宣讲等工作)."""
    item = item.removeprefix("了")
    people = lexicon.titles().person_nouns.ending(item) or item.endswith("者")
    return bool(people) and not patterns().trigger.search(item) and not re.search("[“”]", item)


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


def home_locality(place: str) -> str | None:
    """The place of a visit to a worker's home (来到城北区小桥街道困难职工某某家中): the
    locality or works printed before the people (城北区小桥街道), as real_dev7's gold has
    it; None when the home is told by its people only (来到困难职工某某家中). Any other
    place is returned as it is."""
    if not place.endswith("家中"):
        return place
    people = lexicon.titles().person_nouns
    first = min((i for i in range(len(place)) if people.starting(place, i)), default=-1)
    if first < 0:
        return None
    ends = [m.end() for m in re.finditer(words("sites").pattern, place[:first])]
    return place[: max(ends)] if ends else None
