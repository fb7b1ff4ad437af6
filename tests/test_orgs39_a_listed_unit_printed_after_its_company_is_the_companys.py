"""A member of an award's list of units printed right after a company's name, with
nothing between (某港务物流有限公司李家桥集装箱码头等5个单位): the member is a unit of the
company (its wharf), named with it, and the page names the unit, not the company alone.
Read on a tuning page's honours list (session 52, orgs39). Text and bodies are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_wharf_closing_an_award_list_is_named_with_its_company():
    body = "市总工会决定，授予青禾港务物流有限公司李家桥集装箱码头等5个单位“五一劳动奖状”。"
    assert first_article_resolved(body) == {"市总工会", "青禾港务物流有限公司李家桥集装箱码头"}


def test_a_wharf_opening_a_list_is_named_with_its_company():
    body = "市总工会决定，授予青禾港务物流有限公司李家桥集装箱码头、青禾纺织科技有限公司等5个单位“五一劳动奖状”。"
    assert "青禾港务物流有限公司李家桥集装箱码头" in first_article_resolved(body)
