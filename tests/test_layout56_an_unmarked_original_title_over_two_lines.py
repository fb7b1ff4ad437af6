"""A copy's note on its source's title may print the source's head over two lines with
no role marks (``原标题：…`` then the head's second line): the second line is the note's
too, furniture, never the copy's subtitle or a heading of its text. A line after a blank
stays the item's own. Invented text in the shape of a national workers' site's copy."""

from __future__ import annotations

from tests.conftest import block_roles

HEAD = """\
首页 > 地方工会
某市总工会为三百名快递小哥送清凉
来源：工人日报客户端
2024-07-10 08:20
原标题：某市总工会推进新就业形态劳动者服务
"""

TEXT = """\
工人日报-中工网记者 周明远 通讯员 钱晓雨
7月8日，某市总工会在城区快递网点开展送清凉活动，为三百名快递小哥送去防暑用品。
活动现场，市总工会工作人员还向快递小哥宣传了工会入会政策。
"""


def test_the_heads_second_line_under_the_field_is_furniture() -> None:
    roles = block_roles(HEAD + "三百名快递小哥收到清凉包\n" + TEXT)
    assert roles["三百名快递小哥收到清凉包"] == "furniture"
    assert roles["某市总工会为三百名快递小哥送清凉"] == "headline"


def test_a_line_after_a_blank_stays_the_items_own() -> None:
    roles = block_roles(HEAD + "\n三百名快递小哥收到清凉包\n" + TEXT)
    assert roles["三百名快递小哥收到清凉包"] != "furniture"
