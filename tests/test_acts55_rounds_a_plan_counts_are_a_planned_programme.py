"""Activities (s44 acts55): a plan counting the rounds of an activity after its name
(全市各级工会还将组织送福活动50余场) is one planned programme, however plain its name,
as rounds counted before it are (再组织三十场演出); a tally of rounds held (全年共开展各类
职工培训126场) is not read so. Real pages of s44 (city unions' festival rounds of
greetings and shows). Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_rounds_planned_after_a_held_campaign_are_a_row_of_their_own():
    rows = find_activities(
        [
            "1月20日，青禾市总工会开展“工会送福进万家”活动。",
            "今年春节前后，全市各级工会还将组织送福活动50余场。",
        ]
    )
    assert [(a.category, a.status) for a in rows] == [
        (Category.campaign, Status.held),
        (Category.campaign, Status.planned),
    ]
    assert rows[1].name == "送福活动"


def test_a_years_tally_of_rounds_is_no_programme():
    assert find_activities(["全年共开展各类职工培训126场。"]) == []
