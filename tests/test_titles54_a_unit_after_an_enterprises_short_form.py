"""A unit printed after an enterprise's short form (公司机修班班长) in an article that
named the enterprise in full before is that enterprise's unit (invented bodies and
people)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_team_after_the_short_form_is_the_named_companys() -> None:
    body = "会前，与会人员参观了吉林青禾铁路机务有限公司。甘庆文是公司机修班班长。"
    assert ("甘庆文", "班长", "吉林青禾铁路机务有限公司机修班") in _positions(body)


def test_with_no_company_named_before_the_team_is_left_unread() -> None:
    body = "会前，与会人员参观了创新工作室。甘庆文是公司机修班班长。"
    assert not any(o and o.endswith("有限公司机修班") for _, _, o in _positions(body))
