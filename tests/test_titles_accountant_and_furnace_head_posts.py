"""Posts printed between a body's name and a person's that end neither like a title nor
like an occupation's usual endings: an accountant (会计) and a furnace's head (炉长) are
posts at the body named before them (invented names and bodies)."""

from __future__ import annotations

from gonghui_build.extract.people.titles import is_post
from tests.conftest import first_article_positions


def test_an_accountant_and_a_furnace_head_are_posts():
    for post in ("会计", "主办会计", "炉长"):
        assert is_post(post), post


def test_an_accountant_named_with_the_enterprise_holds_the_post_there():
    found = first_article_positions(
        "石湾县总工会帮助职工解决入托难\n"
        "开学那天，青禾县农机有限公司会计韦海川抱着孩子说：“谢谢工会。”\n"
    )
    assert ("韦海川", "会计", "青禾县农机有限公司") in found


def test_a_furnace_head_named_with_the_plant_holds_the_post_at_the_plant():
    found = first_article_positions(
        "石湾县总工会表彰劳模\n青禾钢铁有限公司炼钢厂炉长韦海川获得奖章。\n"
    )
    assert ("韦海川", "炉长", "青禾钢铁有限公司炼钢厂") in found
