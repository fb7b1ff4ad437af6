"""A plant's workshop printed alone at the head of a clause, before a worker's or a team
leader's post and a name (…比武。成缆车间操作工某某), is the workshop of the enterprise the
article named before (org_suffixes.yaml units_printed_alone), as 铸锻分厂 is; the post is
held there (tests/fixtures/ANNOTATION.md: sections before a post). The workshop's head
(车间主任) stays one post of no body: the sets disagree on it. Invented plants and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_trade_after_a_workshop_alone_is_held_at_the_plants_workshop():
    text = news_page(
        "青岚电缆有限公司工会组织技能比武。成缆车间操作工夏丽婷、装配车间钳工孙立强获第一名。"
    )
    positions = first_article_positions(text)
    assert ("夏丽婷", "操作工", "青岚电缆有限公司成缆车间") in positions
    assert ("孙立强", "钳工", "青岚电缆有限公司装配车间") in positions


def test_a_team_leader_after_a_workshop_alone_is_held_at_the_plants_workshop():
    text = news_page("青岚锅炉厂工会慰问职工。压力容器车间班长孙立胜说，去年厂里很忙。")
    assert ("孙立胜", "班长", "青岚锅炉厂压力容器车间") in first_article_positions(text)


def test_a_workshops_head_printed_alone_stays_one_post():
    text = news_page("青岚锅炉厂工会慰问职工。压力容器车间主任孙立胜说，去年厂里很忙。")
    assert ("孙立胜", "车间主任", None) in first_article_positions(text)


def test_a_workshop_inside_a_clause_is_no_unit_printed_alone():
    text = news_page("青岚锅炉厂工会慰问职工，来到了锅炉压力容器车间班长孙立胜家中。")
    positions = first_article_positions(text)
    assert not any(org and org.endswith("压力容器车间") for _, _, org in positions)
