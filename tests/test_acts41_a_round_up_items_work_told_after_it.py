"""Activities (s40 acts41): a season's round-up lists an item a sentence, the verb and the
activity's name alone, its work and count in the next sentence (四是开展“夏送清凉”慰问活动。
走访慰问一线职工1200余人。). The visits told there are the item's work: its count, and a
total shows the campaign held; no visit of their own. Real pages of s40 (two Sichuan
county unions' festival round-ups, a Henan county's year report). Near misses: an item's
sentence that goes on after the name keeps its own reading; a visit with a name of its
own, or a lecture, after the item is an activity of its own; an item of no ordinal.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def _rows(text: str) -> list[tuple[str, Category, Status, int | None]]:
    return [
        (a.name, a.category, a.status, a.participants.count if a.participants else None)
        for a in find_activities([text])
    ]


def test_visits_after_an_item_are_its_work_and_count():
    text = "四是开展“夏送清凉”慰问活动。走访慰问一线职工1200余人。"
    assert _rows(text) == [("“夏送清凉”慰问活动", Category.campaign, Status.held, 1200)]


def test_a_site_visit_after_an_item_is_its_work():
    text = "三是组织“送技能下基层”活动。组织32名劳模工匠深入8家企业开展技术指导。"
    assert [r[0] for r in _rows(text)] == ["“送技能下基层”活动"]


def test_an_item_with_no_ordinal_keeps_its_visit():
    text = "开展“夏送清凉”慰问活动。走访慰问一线职工1200余人。"
    assert len(_rows(text)) == 2


def test_an_item_that_goes_on_after_its_name_keeps_its_visit():
    text = "四是开展“夏送清凉”慰问活动，覆盖全区。走访慰问一线职工1200余人。"
    assert len(_rows(text)) == 2


def test_a_lecture_after_an_item_is_its_own():
    text = "二是举办职工培训班。邀请市委党校教授作专题讲座。"
    assert [r[1] for r in _rows(text)] == [Category.training, Category.lecture]
