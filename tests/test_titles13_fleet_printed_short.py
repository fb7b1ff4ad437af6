"""A fleet (车队) printed in full, then as 车队 alone (车队队长某某), is the fleet named
before: a post there keeps its body. A bare 车队 with no fleet named stays without a body.
Invented places and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_fleet_printed_short_after_its_full_name_is_that_fleet():
    text = news_page("区总工会走访柳河公交客运有限公司四季青车队等单位。车队队长柯明远介绍了排班。")
    assert ("柯明远", "队长", "柳河公交客运有限公司四季青车队") in first_article_positions(text)


def test_a_bare_fleet_with_none_named_before_has_no_body():
    text = news_page("区总工会走访柳河公交客运有限公司等单位。车队队长柯明远介绍了排班。")
    assert ("柯明远", "队长", None) in first_article_positions(text)
