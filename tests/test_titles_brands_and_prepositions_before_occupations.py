"""Occupations and posts printed before a name in the shapes real reports print them:
a platform's brand before a rider's or a driver's post is the body the post is held at
(``美团骑手某某``: the gazetteer names the platform, the grammar reads no suffix in it);
a preposition before an occupation is no part of it (``向环卫工某某``); a group of a body
at an occasion and 的 before a title (``某医院代表队的护士长``) is no part of the title,
held at the body. Invented names and events; the platforms are the gazetteer's."""

from __future__ import annotations

from tests.conftest import first_article_positions

_FORUM = (
    "本报讯 6月12日，东湖区总工会召开新就业形态劳动者座谈会。"
    "闪送骑手庞立新、货拉拉司机褚师傅等十名代表先后发言。"
    "美团骑手小岑说，驿站能充电、热饭。\n"
)


def test_a_platforms_brand_before_a_post_is_the_body_it_is_held_at():
    found = first_article_positions(_FORUM)
    assert ("庞立新", "骑手", "闪送") in found
    assert ("褚师傅", "司机", "货拉拉") in found
    assert ("小岑", "骑手", "美团") in found
    assert not [f for f in found if f[1] in ("闪送骑手", "美团骑手", "货拉拉司机")]


def test_a_preposition_before_an_occupation_is_no_part_of_it():
    text = (
        "本报讯 端午节前夕，东湖区总工会走访慰问一线职工。"
        "图为区总工会副主席柯文亮（左一）向环卫工滕桂英递上慰问品。\n"
    )
    found = first_article_positions(text)
    assert ("滕桂英", "环卫工", None) in found
    assert not [f for f in found if f[1].startswith("向")]


def test_a_group_and_de_before_a_title_leave_the_post_at_the_body():
    text = (
        "本报讯 5月20日，东湖区第三届职工运动会闭幕。拔河比赛中，"
        "东湖区中心医院代表队的护士长岑秀梅带着队员们喊号子。\n"
    )
    found = first_article_positions(text)
    assert ("岑秀梅", "护士长", "东湖区中心医院") in found
    assert not [f for f in found if "的" in f[1]]


def test_a_department_and_de_before_a_title_hold_the_title():
    text = (
        "本报讯 3月8日，东湖区总工会举办女职工健康讲座。"
        "东湖区中心医院心内科的主任医师滕立华讲解了心血管疾病的预防。\n"
    )
    found = first_article_positions(text)
    assert ("滕立华", "主任医师", "东湖区中心医院心内科") in found


def test_a_post_held_at_a_body_or_a_trades_worker_printed_alone_is_the_title():
    text = (
        "本报讯 青禾区总工会为环卫工人和货车司机送年货。环卫工人朱师傅说，这是他连续"
        "第三年收到年货。货车司机郭长河已在这条线路上跑了十一年。林场工人郭长顺说很暖心。"
        "一线工人张建国、青年工人李晓明也领到了年货。\n"
    )
    found = first_article_positions(text)
    assert ("朱师傅", "环卫工人", None) in found
    assert ("郭长河", "货车司机", None) in found
    assert ("郭长顺", "林场工人", None) in found
    assert not [f for f in found if f[0] in ("张建国", "李晓明")]
