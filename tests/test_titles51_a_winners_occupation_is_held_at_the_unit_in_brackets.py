"""A contest's list of winners prints each one as an occupation, a name and the unit in
brackets (质检员某某（某科技有限公司）、电工某某（某电池系统有限公司）获二等奖; 管网维修工
某某（某水务集团某分公司）获第一名): the occupation is held at the unit the brackets name.
Near misses: a winner with a unit and no occupation gets no post; a note of no body (男)
leaves the occupation of no body. Invented names and firms."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_each_winners_occupation_is_held_at_the_unit_in_brackets():
    body = (
        "经过两轮比拼，质检员柏雨桐（嘉兴锐驰电驱科技有限公司）、"
        "电工鲁成峰（禾丰电池系统有限公司）获二等奖。"
    )
    assert _posts(body) == {
        ("柏雨桐", "质检员", "嘉兴锐驰电驱科技有限公司"),
        ("鲁成峰", "电工", "禾丰电池系统有限公司"),
    }


def test_a_branch_in_brackets_holds_the_occupation():
    body = "市总工会日前举办供水行业技能比武，管网维修工邢立明（青禾水务集团郾城分公司）获第一名。"
    assert ("邢立明", "管网维修工", "青禾水务集团郾城分公司") in _posts(body)


def test_a_note_of_no_body_leaves_the_occupation_of_no_body():
    body = "快递员汤小军（男）说，这是他第一次参加比赛。"
    assert ("汤小军", "快递员", None) in _posts(body)
