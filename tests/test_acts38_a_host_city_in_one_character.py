"""Places of activities (s39 acts38): national and provincial news write the host city
or province of a meeting, a contest or a games in one character after 在 (座谈会在京召开,
决赛在蓉举行, 运动会在榕开幕, 公开赛在沪落幕); the tuning gold places such meetings at 京
(real_dev3, real_dev5). A place was never shorter than two characters, so it was lost.
Near misses: the same character before a verb of no holding (在京工作) holds no place,
and a character that is an ordinary word (在新…) is no host.
Sentences written for this test (invented)."""

from __future__ import annotations

from tests.conftest import place_of_mention as _place


def test_a_national_meeting_held_in_beijing():
    sentence = "全国总工会女职工部日前在京召开部分省区女职工工作座谈会，9个省区负责人参加。"
    assert _place(sentence, "女职工工作座谈会") == "京"


def test_a_contest_final_held_in_chengdu():
    sentence = "10月20日，2024年全国邮政行业职工职业技能大赛决赛在蓉举行。"
    assert _place(sentence, "职工职业技能大赛决赛") == "蓉"


def test_a_games_opened_in_fuzhou():
    sentence = "8月15日，省直企业工会第三届职工运动会在榕开幕。"
    assert _place(sentence, "第三届职工运动会") == "榕"


def test_an_open_closed_in_shanghai():
    sentence = "7月21日，全国职工技巧公开赛在沪圆满落幕。"
    assert _place(sentence, "全国职工技巧公开赛") == "沪"


def test_the_abbreviation_before_no_verb_of_holding_is_no_place():
    sentence = "这些劳模长期在京工作，今年区总工会为他们举办了健康讲座。"
    assert _place(sentence, "健康讲座") is None


def test_a_one_character_word_that_is_no_host_is_no_place():
    sentence = "区总工会在新开展的职工技能培训中增设电工课程。"
    assert _place(sentence, "职工技能培训") is None
