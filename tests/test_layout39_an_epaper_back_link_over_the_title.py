"""A city paper's e-paper item page prints its label and a link back to the page's index
over the item's title (``内容详情`` / ``返回该版首页``): site chrome, no kicker of the
headline. Invented page in the shape of an e-paper item read in session 41."""

from __future__ import annotations

from tests.conftest import block_roles

TITLE = "溧阳市总工会首届工会干部技能比武举行"
PAGE = (
    "内容详情\n返回该版首页\n\n"
    f"{TITLE}\n\n    本文字数:412\n\n"
    "日前，溧阳市总工会在全市工会系统首次开展技能比武，检验工会工作成果。\n\n"
    "比武包括理论知识竞赛、主题宣讲比赛等6个项目，最终决出一等奖3名。\n"
)


def test_the_back_link_is_furniture_and_the_title_has_no_kicker():
    roles = block_roles(PAGE)
    assert roles["返回该版首页"] == "furniture"
    assert roles[TITLE] == "headline"
    assert "kicker" not in roles.values()


def test_a_kicker_over_the_title_with_no_back_link_is_still_a_kicker():
    page = f"以赛促学 以赛促干\n{TITLE}\n日前，溧阳市总工会在全市工会系统首次开展技能比武。\n"
    assert block_roles(page)["以赛促学 以赛促干"] == "kicker"
