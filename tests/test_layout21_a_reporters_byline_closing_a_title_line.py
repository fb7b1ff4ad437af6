"""A title's line (or its deck's) that runs on into the byline after a blank, the byline
opening with a reporter's role word and no mark (``标题 本报记者 某某``, ``——副题 本报记者
某某``), as a city paper's e-paper runs headline, deck and byline into one line: the
byline is cut off as the article's, and the page keeps one article (session 35,
layout21). Before, the whole line read as text or as the headline. Names alone after a
blank stay on the title (a title may end on a name). Invented pages."""

from __future__ import annotations

import pytest

from gonghui_build.layout.title_meta import title_tail_start
from tests.conftest import layout_articles

TEXT = (
    "本报讯 日前，市总工会命名第五批25家劳模创新工作室，每家给予5万元资助。\n"
    "截至目前，全市已有各级劳模创新工作室312家。\n"
)
TITLE = "劳模创新工作室成为技术攻关“主阵地”"
DECK = "——市总工会命名第五批劳模创新工作室"


def test_a_byline_after_the_title_is_cut_off():
    (article,) = layout_articles(f"第02版：要闻\n{TITLE} 本报记者 高远\n{TEXT}")
    assert ("headline", TITLE) in article
    assert ("byline", "本报记者 高远") in article


def test_a_byline_after_the_deck_is_cut_off():
    (article,) = layout_articles(f"第02版：要闻\n{TITLE}\n{DECK} 本报记者 高远\n{TEXT}")
    assert ("subtitle", DECK) in article
    assert ("byline", "本报记者 高远") in article


def test_headline_deck_and_byline_on_one_line_make_one_article():
    (article,) = layout_articles(f"第02版：要闻\n{TITLE} {DECK} 本报记者 高远\n{TEXT}")
    assert ("byline", "本报记者 高远") in article
    assert [role for role, _ in article].count("dateline") == 1


@pytest.mark.parametrize(
    "line",
    [
        # a title ending on names: no role word before them
        "新区职工运动会开幕 陈志远 周海",
        # a role word in the title's words, no byline
        "市总工会表彰优秀通讯员 记者节座谈会举行",
        # a sentence, no title
        "日前，市总工会召开会议。 本报记者 高远",
        # a byline whole, its roles parted by blanks: no title before it
        "□本报记者 鄢思雨 文/摄",
        "**□本报记者 蓝星野 文/摄**",
        "工人日报-中工网记者 汤晓峰 通讯员 楚 怡",
    ],
)
def test_no_byline_to_cut(line):
    assert title_tail_start(line) is None
