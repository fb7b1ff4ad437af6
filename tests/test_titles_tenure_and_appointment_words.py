"""Posts a memoir, a chronicle or a gazetteer states with when they were held: a tenure
word before a body (时任某地区总工会主任, 时任某厂厂长) and an appointment's verb after a
name (某某任某厂工会主席) are no part of the body the post is held at. Invented names,
bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions


def test_a_tenure_word_before_a_body_is_no_part_of_its_name():
    text = (
        "本报讯 3月5日，青禾县总工会召开老同志座谈会。\n"
        "回顾当年，时任青禾县总工会主席何思明、时任红星机械厂厂长唐建华都到过现场。"
        "现任县总工会副主席林秀英主持座谈。\n"
    )
    found = first_article_positions(text)
    assert ("何思明", "主席", "青禾县总工会") in found
    assert ("唐建华", "厂长", "红星机械厂") in found
    assert not [f for f in found if f[2] and f[2].startswith(("时任", "现任"))]


def test_an_appointments_verb_and_the_name_before_it_are_no_part_of_the_body():
    text = (
        "青禾机械厂志\n"
        "1978年，厂工会恢复活动。1985年5月，何立平任青禾机械厂工会主席。"
        "1990年，厂职工代表大会召开，选举郑思远为青禾机械厂工会副主席。\n"
    )
    found = first_article_positions(text)
    assert ("何立平", "主席", "青禾机械厂工会") in found
    assert ("郑思远", "副主席", "青禾机械厂工会") in found
    assert not [f for f in found if f[2] and "任" in f[2]]


def test_an_elected_name_glued_to_its_verb_is_no_part_of_the_enterprises_union():
    text = (
        "本报讯 6月3日上午，青禾肥业有限公司召开职工大会，选举产生第一届工会委员会。"
        "下午召开委员会议，选举宋丽为公司工会主席。\n"
    )
    found = first_article_positions(text)
    assert ("宋丽", "主席", "青禾肥业有限公司工会") in found
    assert not [f for f in found if f[2] and f[2].startswith("宋丽")]
