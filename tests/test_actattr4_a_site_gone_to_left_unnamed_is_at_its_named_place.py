"""Places of activities (s45 actattr4): a trip to a site the report leaves unnamed
(到某县|一家合作社参观学习, 来到某镇|一家茶厂观摩) was placed at the whole phrase, the
indefinite article and all, where a visit by 走访了 was already placed at the named place
before it; the tuning gold of real_dev2 and real_dev3 places such trips at the county or
town. Near misses: an event held at such a site (在某区一家物流港举办) keeps the whole
phrase, as the tuning gold does, and a named site gone to is still the place. Real pages of
district unions' training news send trainees so (参训人员分别来到…公司、…农场). Sentences
written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _places(text: str) -> list[str | None]:
    return [a.place for a in find_activities([text])]


def test_a_trip_to_an_unnamed_cooperative_is_at_its_county():
    text = "培训班组织学员到甘洛县一家彝绣合作社参观学习。"
    assert _places(text) == ["甘洛县"]


def test_a_trip_by_laidao_to_an_unnamed_cooperative_is_at_its_county():
    text = "会后，学员们来到黑水县一家羌绣合作社观摩学习。"
    assert _places(text) == ["黑水县"]


def test_an_event_held_at_an_unnamed_site_keeps_the_whole_phrase():
    text = "区总工会在东湖区一家物流港举办货车司机关爱活动。"
    assert _places(text) == ["东湖区一家物流港"]


def test_a_named_site_gone_to_is_still_the_place():
    text = "培训班组织学员到青川县竹编产业园参观学习。"
    assert _places(text) == ["青川县竹编产业园"]
