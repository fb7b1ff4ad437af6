"""A city union's site prints its visit counter over an item's title with the number
lost with the script that wrote it (``当前访问量：``), and a call to follow it between
photo placeholders under the title (``关注我们获得更多精彩内容``). Both are the site's
chrome: the counter is no text that the title would be a caption of, and the call no
section heading; the title heads the item. A sentence on following an account stays
text. Invented text in the shape read in session 38 (a city union's news page)."""

from __future__ import annotations

import pytest

from tests.conftest import block_roles, layout_articles

TITLE = "威海市2024年职工技能大赛总结会召开"
TEXT = (
    "12日上午，威海市2024年职工技能大赛总结会召开。市委常委、组织部部长于洪出席并讲话。\n"
    "会上，通报了大赛情况，为获奖选手颁奖。\n"
    "来源：威海市总工会融媒体 编辑：admin 时间：2024-12-13\n"
)


@pytest.mark.parametrize("counter", ["当前访问量：", "当前访问量：1024"])
@pytest.mark.parametrize("follow", ["关注我们获得更多精彩内容", "关注我们，获取更多资讯"])
def test_the_title_heads_the_item(counter: str, follow: str) -> None:
    page = f"欢迎访问威海市总工会\n{counter}\n{TITLE}\n图片\n{follow}\n图片\n{TEXT}"
    articles = layout_articles(page)
    assert len(articles) == 1
    assert ("headline", TITLE) in articles[0]
    roles = block_roles(page)
    assert roles[counter] == "furniture"
    assert roles[follow] == "furniture"


def test_a_sentence_on_following_an_account_stays_text() -> None:
    from gonghui_build.layout.blocks import split_blocks
    from gonghui_build.layout.shapes import Shape, classify

    line = "关注我们的职工朋友可以在公众号上报名参加比赛。"
    assert classify(split_blocks(line + "\n")[0]) is not Shape.FURNITURE
