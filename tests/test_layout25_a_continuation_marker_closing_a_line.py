"""A printed page's text layer keeps a continuation marker on the line it closes: after
the headline of an item continued from another page (``某某大赛决赛落幕（上接第1版）``)
and after the last words of one continued on another (``…品牌。（下转第4版）``). The marker
is furniture, the headline is read without it, and a headline glued after it heads the
next item. A marker that is the words of a sentence stays. Invented text in the shape
read in session 36 (e-paper text layers of provincial workers' papers)."""

from __future__ import annotations

import pytest

from gonghui_build.layout.continued_tails import continued_tail_start
from tests.conftest import block_roles, layout_articles

PAGE = "第03版：要闻\n2021年6月2日 星期三\n"
TITLE = "江城职工技能大赛决赛落幕"
TEXT = "决赛设焊工、电工等6个工种，96名选手参加。市总工会副主席柯文静为获奖选手颁奖。"
NEXT = (
    "江城市总工会开展困难职工子女助学活动\n"
    "本报讯 5月30日，江城市总工会为63名困难职工子女发放助学金18.9万元。（宁小川）\n"
)


@pytest.mark.parametrize("marker", ["（上接第1版）", "(上接A1版)", "（接第一版）"])
def test_a_marker_after_the_headline_is_furniture(marker: str) -> None:
    articles = layout_articles(PAGE + TITLE + marker + "\n" + TEXT + "\n" + NEXT)
    assert len(articles) == 2
    assert articles[0][0] == ("headline", TITLE)
    assert block_roles(PAGE + TITLE + marker + "\n" + TEXT + "\n" + NEXT)[marker] == "furniture"


def test_a_marker_after_the_text_is_furniture_and_a_headline_glued_after_it_heads_the_next() -> (
    None
):
    page = PAGE + TITLE + "\n" + TEXT + "（下转第4版）" + NEXT
    articles = layout_articles(page)
    assert len(articles) == 2
    assert ("body", TEXT) in articles[0]
    assert ("headline", "江城市总工会开展困难职工子女助学活动") in articles[1]
    assert block_roles(page)["（下转第4版）"] == "furniture"


@pytest.mark.parametrize(
    "text",
    [
        "（下转第4版）",  # a marker alone is a line of furniture already
        "本期内容详见转第4版",  # bare words after no sentence end: the sentence's own
        "职工技能大赛决赛落幕",
    ],
)
def test_no_marker_is_cut_from(text: str) -> None:
    assert continued_tail_start(text) is None
