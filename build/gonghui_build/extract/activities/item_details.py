"""The work of a round-up's item told in the sentence after it.

A season's round-up lists what a union did an item a sentence, each item a verb and the
activity's name alone, its work and count in the next sentence (三是组织“送技能下基层”
活动。组织32名劳模工匠深入8家企业开展技术指导。 四是开展“夏送清凉”慰问活动。走访慰问
一线职工1200余人。). The visits of the second sentence are the item's work, not visits of
their own, and its count the item's; a total there tells the campaign was held. s40
acts41: real pages of two Sichuan county unions (six and three festival activities an
item each, the result told after each) and a Henan county's year report."""

from __future__ import annotations

import re
from dataclasses import replace

from gonghui_build.extract.activities import attributes
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.statuses import held_by_totals
from gonghui_build.text.numbers import TEN_NUMERALS
from gonghui_build.vocabulary import Category, Status

#: An item's ordinal opening its sentence (一是, 二是, 十二是).
_ITEM = re.compile(rf"[{TEN_NUMERALS}]{{1,3}}是")
#: What may close an item's sentence after the name: the stop and a closing quotation.
_CLOSING = '。；;！”" '


def item_detailed(
    found: list[ActivityDraft],
    paragraph: int,
    text: str,
    item: tuple[int, int] | None,
    span: tuple[int, int],
    mentions: list[Mention],
) -> ActivityDraft | None:
    """The item read last, with the count and status the sentence ``span`` (right after
    the item's sentence ``item``) gives it, when that sentence names only unnamed visits
    (its work: visits to the people and sites it served); None when the sentence is no
    such detail."""
    if item is None or not found or not mentions:
        return None
    last = found[-1]
    if last.paragraph != paragraph or last.sentence != item or not last.titled:
        return None
    if not _ITEM.match(text, item[0]) or text[last.trigger_end : item[1]].strip(_CLOSING):
        return None  # an item's sentence is its ordinal, a verb and the name alone
    if any(
        m.title or m.category != Category.visit or "“" in text[m.start : m.end] for m in mentions
    ):
        return None  # a visit under a name of its own (“…”走访慰问), or another kind
    detailed = last
    if last.participants is None:
        read = attributes.enrich(last, text, span, span[0], span, with_date=False)
        detailed = replace(last, participants=read.participants)
    if last.status == Status.ongoing and held_by_totals(text, *span):
        detailed = replace(detailed, status=Status.held)
    return detailed
