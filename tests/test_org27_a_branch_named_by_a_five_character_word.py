"""A branch printed without its group, named by a word of five characters (集装箱码头|
分公司, a port group's container terminal), is the branch of the group the article named
before, as 运输分公司 is (ANNOTATION.md: short forms completed from context). Invented
names."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

TEXT = (
    "青州港务集团有限公司第三届职工代表大会召开。"
    "集装箱码头分公司龙门吊司机贺长明等12名职工代表提出提案。"
)


def test_the_terminals_branch_is_the_groups():
    assert "青州港务集团有限公司集装箱码头分公司" in first_article_resolved(TEXT)


def test_the_drivers_post_is_held_at_the_branch():
    positions = first_article_positions(news_page(TEXT))
    assert ("贺长明", "龙门吊司机", "青州港务集团有限公司集装箱码头分公司") in positions
