"""Activities (s42 acts50): a list of activities each under its own 活动 (举办了插花活动、剪纸
活动和暖心物品赠送活动) is one activity an item: the list had collapsed into one row named
插花活动、剪纸活动 and lost an item. Real pages of s42 (company and district unions'
women's-day afternoons of flower arranging and handicrafts, a union's reading and film
afternoons). Near misses: items closed by 等 (read by the list's own rule), verb-like items sharing one 活动 (送温暖、送
清凉活动) and genres of the union's work listed (职工文体活动、读书活动) stay as they were.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _names(text: str) -> list[str]:
    return [a.name for a in find_activities([text])]


def test_three_afternoons_listed_are_three():
    text = "3月8日，青禾区总工会在职工之家举办了插花活动、剪纸活动和暖心物品赠送活动。"
    assert _names(text) == ["插花活动", "剪纸活动", "暖心物品赠送活动"]


def test_an_item_under_huodong_beside_a_named_event_of_another_kind():
    text = "近日，溪口公司工会组织开展了读书分享活动、趣味运动会和观影活动。"
    assert _names(text) == ["读书分享活动", "趣味运动会", "观影活动"]


def test_quoted_programmes_listed_with_a_pause_mark_are_two():
    assert _names("桐江区总工会开展了“春风行动”活动、“金秋助学”活动。") == [
        "“春风行动”活动",
        "“金秋助学”活动",
    ]


def test_each_item_takes_the_day_of_the_sentence():
    acts = find_activities(["3月8日，青禾区总工会举办了插花活动、剪纸活动和暖心物品赠送活动。"])
    assert [(a.date.month, a.date.day) for a in acts if a.date] == [(3, 8)] * 3


def test_verb_like_items_sharing_one_head_stay_one():
    assert _names("柳岸区总工会开展了送温暖、送清凉活动。") == ["送温暖、送清凉活动"]


def test_genres_of_work_listed_stay_none():
    assert _names("近年来，公司工会开展了职工文体活动、读书活动，丰富了职工生活。") == []
    assert _names("某公司工会经常开展职工文体活动和读书活动。") == []


def test_items_closed_by_deng_stay_the_lists_items():
    assert _names("工会开展插花活动、剪纸活动等系列活动。") == ["插花活动", "剪纸活动"]


def test_a_head_after_another_kind_of_item_is_shared():
    # 宣讲和宣传活动: one campaign of talks and publicity, the 活动 both items' head
    names = _names("在职工中广泛开展全会精神宣讲和宣传活动。")
    assert "宣传活动" not in names


def test_a_service_given_again_under_part_of_its_name_is_one():
    texts = [
        "律师们深入工地，为农民工提供法律咨询、代写文书和代理诉讼服务。"
        "截至1月10日，已为四千余人次农民工提供法律咨询。"
    ]
    names = [a.name for a in find_activities(texts)]
    assert names.count("法律咨询") == 0
