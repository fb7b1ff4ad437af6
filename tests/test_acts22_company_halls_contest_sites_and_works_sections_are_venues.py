"""Places of activities, session 35 (acts22), on sentences written for these tests
(invented bodies and places) in shapes read on real pages: a company's fitness hall, its
canteen and a group's head office are venues no entity ends (在公司健身馆举办…拔河比赛,
在职工食堂举办…掼蛋赛, 在集团总部开展…义诊); a contest's site (某学校赛点) and a
numbered section of a works (某城际铁路2标段) are venues; a contest or a course told at
its venue by its stage or its end is held there (…篮球赛在某文化宫进入半决赛阶段, 培训
班在某党校结业). Near misses: a city's one-character short name (在宁: tried
for 在京, 在沪 at stop 44 and backed out, it cost two held-out sets a place each), a scene that is no venue
(在欢声笑语中结束), and a place of the same frame that is no venue keep no place."""

from __future__ import annotations

import pytest

from tests.conftest import place_of_mention as _place


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        pytest.param(
            "4月28日下午，公司工会在公司健身馆举办了职工拔河比赛。",
            "职工拔河比赛",
            "公司健身馆",
            id="a_tug_of_war_in_the_company_fitness_hall",
        ),
        pytest.param(
            "11月9日下午，集团工会在职工食堂举办职工掼蛋比赛。",
            "职工掼蛋比赛",
            "职工食堂",
            id="a_card_game_contest_in_the_staff_canteen",
        ),
        pytest.param(
            "1月9日上午，农垦集团工会联合市中医院，在集团总部开展健康义诊活动。",
            "健康义诊活动",
            "集团总部",
            id="a_free_clinic_at_the_group_head_office",
        ),
        pytest.param(
            "10月12日，由南江市总工会主办的南江市“工友杯”篮球赛在南江市第二工人文化宫进入"
            "半决赛阶段。",
            "南江市“工友杯”篮球赛",
            "南江市第二工人文化宫",
            id="a_contest_told_at_its_venue_by_its_stage",
        ),
        pytest.param(
            "3月18日，青阳市职业院校技能大赛在青阳农业学校赛点开赛。",
            "青阳市职业院校技能大赛",
            "青阳农业学校赛点",
            id="a_contest_opened_at_a_schools_contest_site",
        ),
        pytest.param(
            "3月23日，由省总工会主办的技能比赛在淮宿城际铁路2标段举行。",
            "技能比赛",
            "淮宿城际铁路2标段",
            id="a_contest_held_at_a_numbered_section_of_a_rail_works",
        ),
        pytest.param(
            "5月28日，全市工会干部培训班在市委党校顺利结业。",
            "全市工会干部培训班",
            "市委党校",
            id="a_course_told_at_its_venue_by_its_end",
        ),
    ],
)
def test_the_activity_is_held_at(sentence: str, mention: str, place: str) -> None:
    assert _place(sentence, mention) == place


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        pytest.param(
            "近日，市总工会在宁召开基层工会工作座谈会。",
            "基层工会工作座谈会",
            id="a_short_name_that_is_a_word_of_its_own_is_no_place",
        ),
        pytest.param(
            "比赛在欢声笑语中结束，全市职工拔河比赛圆满落幕。",
            "全市职工拔河比赛",
            id="a_scene_an_activity_ends_in_is_no_venue",
        ),
        pytest.param(
            "6月5日，区总工会在全区范围内开展职工安全知识竞赛。",
            "职工安全知识竞赛",
            id="the_whole_district_is_no_venue",
        ),
    ],
)
def test_the_activity_has_no_place(sentence: str, mention: str) -> None:
    assert _place(sentence, mention) is None
