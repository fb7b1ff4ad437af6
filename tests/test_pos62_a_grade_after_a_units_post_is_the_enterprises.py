"""A technical grade in a chain after a post at one of an enterprise's units (某公司机修班
班长、高级技师) is held at the enterprise, not at the team the post before it names; the
post itself stays at its unit (invented people and bodies)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_BODY = (
    "3月5日，“罗建川工匠创新工作室”在青禾重工机械有限公司揭牌。"
    "工作室领衔人罗建川是公司装配班班长、高级技师，从业二十余年。"
)


def test_the_grade_is_held_at_the_enterprise() -> None:
    found = first_article_positions(news_page(_BODY))
    assert ("罗建川", "高级技师", "青禾重工机械有限公司") in found


def test_the_post_before_it_stays_at_the_unit() -> None:
    found = first_article_positions(news_page(_BODY))
    assert ("罗建川", "班长", "青禾重工机械有限公司装配班") in found
