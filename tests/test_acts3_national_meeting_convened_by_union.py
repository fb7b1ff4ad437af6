"""Activities, s28 (issue 11): a national meeting a union convenes (全国总工会在京召开
全国…推进会) is the article's news, while a national meeting cited for its spirit, or one
another body convenes, stays background. Sentences written for these tests (invented
names and meetings)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_national_meeting_a_union_convenes_is_an_activity():
    out = find_activities(["5月9日，全国总工会在京召开全国产业工会职工驿站建设推进会。"])
    assert [(a.name, a.category) for a in out] == [
        ("全国产业工会职工驿站建设推进会", Category.meeting)
    ]


def test_a_national_meeting_an_industrial_union_convenes_is_an_activity():
    out = find_activities(
        ["6月2日，中国农林水利工会在北京召开了全国林业系统安全生产劳动竞赛推进会。"]
    )
    assert [a.name for a in out] == ["全国林业系统安全生产劳动竞赛推进会"]


def test_a_national_meeting_cited_for_its_spirit_stays_background():
    assert find_activities(["会议传达了全国总工会召开的全国工会宣传工作会议精神。"]) == []


def test_a_national_meeting_convened_by_no_union_stays_background():
    assert find_activities(["省委召开全国生态文明建设示范区创建推进会。"]) == []
