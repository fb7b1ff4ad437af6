"""某某曾任公司生产部经理。某某后任公司经理。: a name opening a sentence right before a
verb of a career after a word of when (曾任, 后任) holds the post the clause states; 后任
is no part of a body's name. Invented names, bodies and events (s52, titles53)."""

from __future__ import annotations

from tests.conftest import first_article_positions

_LEAD = "青河石化开展师带徒活动\n\n本报讯 11月13日，青河长明石化有限公司举行表彰会。"


def test_an_earlier_post_at_a_department_of_the_company() -> None:
    found = first_article_positions(_LEAD + "王德明曾任公司生产部经理。\n")
    assert ("王德明", "经理", "青河长明石化有限公司生产部") in found


def test_a_later_post_is_held_at_the_company_not_a_body_of_the_name() -> None:
    found = first_article_positions(_LEAD + "王德明后任公司经理。\n")
    assert found == {("王德明", "经理", "青河长明石化有限公司")}
