"""这届 refers back to the edition of an event just reported, as 本届 and 此届 do (这届运动会
由市总工会…联合举办): the games told again, no second games. The tuning gold of real_dev31
(s59 act31). Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_this_edition_of_the_games_is_the_games_again():
    text = (
        "为期四天的南岭市第三届职工运动会六月九日闭幕。"
        "这届运动会由市总工会、市体育局联合举办，全市二十六个代表队参加了比赛。"
    )
    assert [d.name for d in find_activities([text])] == ["南岭市第三届职工运动会"]
