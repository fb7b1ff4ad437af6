"""Activities as real pages print them (issue 11), one behaviour each, on sentences
written for these tests (invented names and places): places that are venues or named
places and nothing else, counts in Chinese numerals and in 人次, fairs, walks, hotlines
and online classes, visits of a delegation, series after a list, names that are titles."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.places import is_venue, place_of
from gonghui_build.text.numbers import chinese_to_int, quantities


def found(*paragraphs: str, captions: frozenset[int] = frozenset()):
    return find_activities(list(paragraphs), captions)


def one(*paragraphs: str):
    out = found(*paragraphs)
    assert len(out) == 1, [(a.name, a.category) for a in out]
    return out[0]


def place(sentence: str, activity: str, visit: bool = False) -> str | None:
    start = sentence.index(activity)
    return place_of(sentence, (0, len(sentence)), (start, start + len(activity)), visit)


# --- places ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "activity", "expected"),
    [
        ("3月2日，石景山区总工会在区职工服务中心举办法律讲座。", "法律讲座", "区职工服务中心"),
        ("2021年延庆区职工篮球赛在延庆区体育馆落幕。", "职工篮球赛", "延庆区体育馆"),
        ("区总工会将于11月在杭州举办第二届职工技能大赛。", "第二届职工技能大赛", "杭州"),
        ("副主席韩立东一行到怀柔区调研职工之家建设。", "调研", "怀柔区"),
        ("学员们来到长阳镇职工之家，开展“学党史”主题活动。", "“学党史”主题活动", "长阳镇职工之家"),
        ("区总工会在雁栖镇一处安置房工地举办安全讲座。", "安全讲座", "雁栖镇一处安置房工地"),
        ("区总工会组织劳模到天津、唐山参观学习。", "参观学习", "天津、唐山"),
        # never the verb phrase after it (了解党史)
        ("学员们走进平北纪念馆了解党史，开展主题教育活动。", "主题教育活动", "平北纪念馆"),
    ],
)
def test_the_place_is_the_venue_or_named_place_nearest_the_activity(sentence, activity, expected):
    assert place(sentence, activity) == expected


@pytest.mark.parametrize(
    ("sentence", "activity"),
    [
        ("宣讲活动在职工中广泛开展。", "宣讲活动"),  # 职工中: no place
        ("区总工会于25日召开座谈会。", "座谈会"),  # a date
        ("各级工会要在基层开展送温暖活动。", "送温暖活动"),  # 基层 alone
        ("区总工会在全县开展建家活动。", "建家活动"),  # the whole county is no venue
    ],
)
def test_no_place_rather_than_a_wrong_one(sentence, activity):
    assert place(sentence, activity) is None


def test_a_place_is_a_venue_noun_or_an_entity_without_verbs_or_times():
    text = "在朝阳区职工之家了解情况"
    assert is_venue(text, 1, 8)  # 朝阳区职工之家
    assert not is_venue(text, 8, 12)  # 了解情况


def test_a_place_in_another_clause_is_not_the_activitys():
    sentence = "中国建材工会今年将组织开展“百日安全”劳动竞赛，并于9月在武汉举办职工技能大赛。"
    assert place(sentence, "“百日安全”劳动竞赛") is None
    assert place(sentence, "职工技能大赛") == "武汉"


# --- counts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("近两万人", 20_000, "about"),
        ("一百零六个", 106, "exact"),
        ("四千余人次", 4_000, "more_than"),
        ("十二支", 12, "exact"),
        ("一万二千余人", 12_000, "more_than"),
        ("百余名", 100, "more_than"),
    ],
)
def test_counts_in_chinese_numerals(text, value, qualifier):
    q = quantities(text)[0]
    assert (q.value, q.qualifier) == (value, qualifier)


def test_chinese_numerals_are_read_by_cn2an_and_nonsense_is_none():
    assert chinese_to_int("二〇一九") == 2019 and chinese_to_int("两") == 2
    assert chinese_to_int("万") == 10_000 and chinese_to_int("职工") is None


def test_attendances_are_person_times_and_teams_are_teams():
    fair = one("3月6日，区总工会举办春季招聘会，入场求职的职工达三千余人次。")
    assert (fair.participants.count, fair.participants.unit, fair.participants.qualifier) == (
        3000,
        "person_times",
        "more_than",
    )
    game = one("5月9日，区总工会举办职工篮球赛，十六支代表队二百余名队员参赛。")
    assert (game.participants.count, game.participants.unit) == (16, "teams")
    digest = one("镇总工会为辖区一百零六个基层工会配送图书，召开读书分享会，三十余名职工参加。")
    assert digest.participants.count == 30 and digest.participants.unit == "people"


# --- finding ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("4月8日，区总工会举办“春风行动”农民工专场洽谈会。", "other"),
        ("区总工会开通“12351”职工维权热线。", "other"),
        ("5月1日，区总工会在奥森公园举办职工健步走活动。", "other"),
        ("区总工会还开设了“劳动者课堂”云课堂，每周四晚上直播。", "training"),
        ("纺织工会举办第二届“春之声”职工歌咏会。", "other"),
        ("区总工会举办2024年职工乒乓球赛。", "competition"),
    ],
)
def test_fairs_hotlines_walks_online_classes_and_games_are_activities(sentence, category):
    assert one(sentence).category == category


def test_a_series_after_a_list_is_named_by_its_head_and_is_a_campaign():
    a = one("3月以来，区总工会开展健康讲座、技能比武、云课堂等“巾帼”系列活动。")
    assert (a.name, a.category) == ("“巾帼”系列活动", "campaign")


def test_a_delegations_visit_has_its_place_and_no_clause_for_a_name():
    a = one("9月7日，省总工会副主席蓝海燕一行到宁波市调研新就业形态劳动者入会工作。")
    assert (a.category, a.place) == ("visit", "宁波市")


def test_a_person_chairing_a_lecture_is_no_new_activity():
    out = found(
        "3月4日，区总工会在区职工之家举办女职工健康讲座。区总工会副主席柳青主持讲座，"
        "一百余名女职工到场聆听。"
    )
    assert [a.name for a in out] == ["女职工健康讲座"]
    assert out[0].participants.count == 100


def test_a_planned_round_of_a_held_lecture_is_another_activity():
    out = found(
        "3月4日，区总工会举办女职工健康讲座。",
        "区总工会将在4月底前再开展八场女职工健康讲座。",
    )
    assert [a.status for a in out] == ["held", "planned"]


def test_a_caption_showing_a_scene_adds_no_activity():
    out = found(
        "7月11日，市总工会举办2024年汽车行业职工技能比武。",
        "图为焊工项目比赛现场。",
        captions=frozenset({1}),
    )
    assert len(out) == 1


def test_a_call_on_every_union_names_no_activity_unless_it_names_one():
    assert found("各级工会要深入开展劳动竞赛和技术创新。") == []
    a = one("各级工会要开展“全会精神进万家”集中宣讲。")
    assert a.status == "planned"
