"""A union site's report of a contest ends with its award list after a colon (``获奖名单
如下：``), one award a line: ``一等奖：某某（某厂）``, ``二等奖：`` and several winners with
their units, ``三等奖：（略）``. Read in session 50 (layout53) on provincial industry
unions' sites: the short lines were read as a heading and a photo's caption, and the long
line, too long for a display line, broke the list. Each line is a paragraph of the list.
Invented page in that shape."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.roster import colon_list_items
from tests.conftest import layout_articles

PAGE = """全省农垦系统植保技能竞赛在松河举行
9月12日，全省农垦系统植保技能竞赛在松河农场有限公司举行，来自10个农场公司的30名选手参赛。
经过两天比拼，评出一等奖1名、二等奖3名、三等奖6名。获奖名单如下：
一等奖：闵素琴（青禾农场有限公司）
二等奖：邬启航（松河农场有限公司）、蔚明远（北湾农场有限公司）、霍春兰（柳滩农场有限公司）
三等奖：（略）
省农林水利工会将推荐一等奖获得者参加全国比赛。
"""


def test_every_line_of_the_award_list_is_a_paragraph_of_text():
    article = layout_articles(PAGE)[0]
    roles = {plain.strip(): role for role, plain in article}
    assert roles["一等奖：闵素琴（青禾农场有限公司）"] == "body"
    assert roles["三等奖：（略）"] == "body"
    assert sum(role == "body" for role, _ in article) == 6


def _items(text: str) -> list[str]:
    blocks = split_blocks(text)
    found = colon_list_items(blocks, set(), {b.index for b in blocks})
    return [blocks[i].plain.strip() for i in sorted(found)]


def test_labelled_lines_of_text_after_a_colon_are_a_lists_items():
    assert _items(PAGE)[:2] == [
        "一等奖：闵素琴（青禾农场有限公司）",
        "二等奖：邬启航（松河农场有限公司）、蔚明远（北湾农场有限公司）、霍春兰（柳滩农场有限公司）",
    ]


def test_labelled_sentences_after_a_colon_are_no_list():
    text = """会议提出三点要求：
一要：提高认识，把职工的事办好。
二要：压实责任，各级工会主席亲自抓。
"""
    assert _items(text) == []
