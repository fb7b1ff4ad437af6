"""Gifts a union takes to a group, told with no activity noun: 某区总工会为坚守岗位的环卫
工人送去节日慰问品, 某街道总工会日前为辖区50名快递员赠送防晒帽和清凉油. The union as the
subject right before 为, the group, a verb of giving goods (``gift_verbs``) and the goods
to the clause end make one event, when the sentence reports no other activity (慰问…，
为他们送去… is that visit's). Money handed out (送去慰问金, 救助款) is no event here
(``money_words`` in the goods) unless the group is counted (为一百零六名困难职工发放救济
款, 为十二户下岗职工家庭送去生活补助: a handing-out to so many is reported as one), nor
a greeting or care sent (送上新春祝福, 送去温暖: ``not_goods``). A party that went
somewhere in the clause before (某主席带领机关干部来到某县城，为环卫工人送去年货;
某某一行到某公司，为一线职工送去防暑用品) is there to hand
the goods over: a visit, told from the going verb; so is a union handing them over at a
venue it names (某区总工会在某街道户外劳动者驿站为环卫工人送上绿豆汤: it went there)."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import patterns, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.venue_words import is_venue
from gonghui_build.vocabulary import Category


def _given() -> str:
    """The gift itself: 为 (or 向), the group, a verb of giving and the goods to the clause
    end."""
    adverbs, prepositions = words("gift_adverbs").pattern, words("gift_prepositions").pattern
    return (
        rf"(?:{adverbs})?(?P<prep>{prepositions})(?P<group>(?:[^，。；：“”]|“[^“”，。]{{1,10}}”){{1,24}}?)"
        rf"(?P<verb>{words('gift_verbs').pattern})了?(?P<what>[^，。；：]{{2,20}})(?=[，。；]|$)"
    )


@functools.cache
def _gift() -> re.Pattern[str]:
    return re.compile(rf"(?<=工会){_given()}")


@functools.cache
def _each_given() -> re.Pattern[str]:
    """A share handed to each of a counted group in a later clause of the sentence
    (…进行调查，并向五十名困难职工每人发放救助金): the gift (:func:`_given`) after a
    clause break and a joining word; :func:`_handed_out` then wants the group counted
    and closed by ``each_share_words``."""
    return re.compile(rf"(?<=[，；])(?:{words('gift_clause_joiners').pattern})?{_given()}")


@functools.cache
def _taken() -> re.Pattern[str]:
    """Goods taken somewhere: a going verb (来到, 前往) or a party's 到 (一行到, 带队到),
    the place up to the clause's end, then the gift (:func:`_given`)."""
    going = words("going_verbs").pattern
    party = words("delegations").pattern
    return re.compile(rf"(?:{going}|(?:{party})到)[^，。；：“”]{{2,24}}，{_given()}")


@functools.cache
def _given_at() -> re.Pattern[str]:
    """Goods a union hands over at a venue: 工会, 在 and the place, then the gift
    (:func:`_given`); the place must name one (:func:`.venue_words.is_venue`)."""
    return re.compile(rf"(?<=工会)在(?P<place>[^，。；：“”为向]{{2,24}}?){_given()}")


def _handed_out(m: re.Match[str]) -> bool:
    """Whether the gift matched is goods handed over as an event: not a greeting or care
    (为全市职工送上新春祝福), not money to an uncounted group (为困难职工送去慰问金), and,
    after 向, to a counted group only (向辖区职工发放学习资料 is material of another event;
    向全区14户困难职工家庭发放救助金 is the handing-out), and so a delivery (配送, to so
    many reading rooms; 为每个书屋配送 is an arrangement); in a later clause, a share to
    each of a counted group only (，对八十名困难职工每人发放…)."""
    if words("not_goods").ending(m["what"]):
        return False
    counted = bool(patterns().total.search(m["group"]))
    if m.re is _each_given() and not (counted and words("each_share_words").ending(m["group"])):
        return False
    if not counted and (
        m["prep"] in words("counted_gift_prepositions") or m["verb"] in words("counted_gift_verbs")
    ):
        return False  # 向辖区职工发放学习资料: another event's; 为每个书屋配送图书: an arrangement
    return counted or not words("money_words").in_text(m["what"])


def gifts(text: str, lo: int, hi: int) -> list[Mention]:
    """The gifts a union gives a group in the sentence ``text[lo:hi]``, one mention each,
    from 为 to the end of the goods; goods taken somewhere, one visit each, from the
    going verb."""
    out: list[Mention] = []
    read = (
        (_taken(), Category.visit),
        (_given_at(), Category.visit),
        (_gift(), Category.other),
        (_each_given(), Category.other),
    )
    for pattern, category in read:
        for m in pattern.finditer(text, lo, hi):
            if any(o.start < m.end() and m.start() < o.end for o in out):
                continue  # the gift of a visit read already
            if not _handed_out(m):
                continue
            if m.re is _given_at() and not is_venue(text, *m.span("place")):
                continue  # 在全区范围内为…: no venue gone to
            words("gift_verbs").found(m["verb"])
            start = m.start() if category == Category.visit else m.start("prep")
            out.append(Mention(start, m.end(), "", category, True))
    return sorted(out, key=lambda m: m.start)
