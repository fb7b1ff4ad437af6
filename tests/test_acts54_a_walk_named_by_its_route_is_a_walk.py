"""Categories of activities (s43 acts54): a union's walk named by its route or its steps
(组织开展职工健身“环湖走”活动, 举办“万步走”职工健身活动) is kind other, as 健步走 is (the
tuning gold has walks other six times of eight); read by the generic 活动 alone, it was a
campaign. Real pages of s43 (a university group's lakeside walk of six teams, a bus
company's and a hospital's walks). Near miss: a campaign whose name opens with 走
(“走基层”活动) is no walk and stays a campaign. Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.category.value) for a in find_activities([text])]


def test_a_lakeside_walk_in_quotes():
    text = "12月6日，学院工会组织开展职工健身“环湖走”活动，由各部门职工组成的六支代表队，共计800余人参加。"
    assert _kinds(text) == [("职工健身“环湖走”活动", "other")]


def test_a_walk_of_ten_thousand_steps():
    text = "5月6日，青禾区总工会举办“万步走”职工健身活动，500余名职工参加。"
    assert _kinds(text) == [("“万步走”职工健身活动", "other")]


def test_going_to_the_grassroots_is_no_walk():
    text = "5月6日，青禾区总工会开展“走基层、送服务”活动。"
    assert _kinds(text) == [("“走基层、送服务”活动", "campaign")]
