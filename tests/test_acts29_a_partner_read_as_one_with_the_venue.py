"""某市妇联在市职工服务中心举办…: the recogniser reads a women's federation, a union's usual
partner in the real pages of s37, as one name with the frame's 在 and the venue after it;
the venue is still the place. A venue after a partner read apart (…司法局在…中心, …妇联在
人民广场) and after the union alone stays the place. Invented sentences."""

from __future__ import annotations

from tests.conftest import place_of_mention as _place


def test_a_contest_held_with_the_womens_federation_is_at_the_centre():
    sentence = "6月6日，东川市总工会携手东川市妇联在市职工服务中心举办女职工插花技能大赛。"
    assert _place(sentence, "女职工插花技能大赛") == "市职工服务中心"


def test_a_talk_held_jointly_with_the_womens_federation_is_at_the_centre():
    sentence = "3月6日，区总工会联合区妇联在区职工服务中心举办女职工健康讲座。"
    assert _place(sentence, "女职工健康讲座") == "区职工服务中心"


def test_the_womens_federations_own_show_is_at_its_venue():
    assert _place("3月6日，县妇联在县文化中心举办女职工书画展。", "女职工书画展") == "县文化中心"


def test_a_partner_read_apart_keeps_its_venue():
    sentence = "3月6日，区总工会联合区司法局在区法律援助中心举办培训。"
    assert _place(sentence, "培训") == "区法律援助中心"


def test_a_square_after_the_womens_federation_stays_the_place():
    sentence = "3月6日，市总工会携手市妇联在人民广场举办“三八”维权宣传活动。"
    assert _place(sentence, "“三八”维权宣传活动") == "人民广场"
