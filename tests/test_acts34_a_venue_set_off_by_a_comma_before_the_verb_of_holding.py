"""Places of activities, session 38 (acts34), on sentences written for these tests
(invented bodies and venues) in the shape read on two real pages (hospital unions'
reports of a swimming contest and of a health talk): the subject, its date and 在 with
the venue make one clause, and the next opens with the verb of holding the activity
(医院工会于8月13日在某体育馆游泳池，成功地举办了…比赛; 院工会在七楼会议中心，成功举办了…
讲座). The comma cut the venue from its verb, so the place was lost.

Near misses: a patron (在区委的领导下，成功举办了…), a range (在全区范围内，广泛开展了…), a
time of one's own (在工作之余，积极参加…) and a venue whose next clause opens with another
verb (在某工地，向工人们送上…，并举办了…) give no place."""

from __future__ import annotations

import pytest

from tests.conftest import place_of_mention as _place


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        pytest.param(
            "医院工会于2016年8月13日在红桥区体育馆游泳池，成功地举办了教职工第三届趣味游泳比赛。",
            "教职工第三届趣味游泳比赛",
            "红桥区体育馆游泳池",
            id="a_swimming_contest_after_the_subject_and_its_date",
        ),
        pytest.param(
            "3月7日下午，院工会、妇委会在门诊楼七楼会议中心，成功举办了关爱女性身心健康知识讲座。",
            "关爱女性身心健康知识讲座",
            "门诊楼七楼会议中心",
            id="a_health_talk_in_a_meeting_centre",
        ),
    ],
)
def test_a_venue_set_off_by_a_comma_is_where_the_next_clause_holds_it(sentence, mention, place):
    assert _place(sentence, mention) == place


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        pytest.param("区总工会在区委的领导下，成功举办了职工运动会。", "职工运动会", id="a_patron"),
        pytest.param(
            "区总工会在全区范围内，广泛开展了职工读书活动。", "职工读书活动", id="a_range"
        ),
        pytest.param(
            "职工们在工作之余，积极参加职工书法比赛。", "职工书法比赛", id="a_time_of_ones_own"
        ),
        pytest.param(
            "慰问组在城东工地，向工人们送上清凉饮品，并举办了安全讲座。",
            "安全讲座",
            id="another_verb_opens_the_next_clause",
        ),
    ],
)
def test_no_place_when_the_clause_before_sets_no_venue_for_the_verb(sentence, mention):
    assert _place(sentence, mention) is None
