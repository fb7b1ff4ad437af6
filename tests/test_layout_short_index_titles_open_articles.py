"""A short headline a printed page's index lists (``职工心声``, four characters) heads
an article of its own where it is printed again over text, as a longer one does.
Invented text in the shape of a printed front page."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """\
第01版：要闻
2023年6月18日 星期日
青川县工会第九次代表大会开幕
县总工会新一届委员会选举产生
职工心声
青川县工会第九次代表大会开幕
本报讯（记者 邓若林）6月17日，青川县工会第九次代表大会开幕，二百名代表参加大会。
县总工会新一届委员会选举产生
本报讯（记者 邓若林）6月17日下午，大会选举产生县总工会第九届委员会。
大会于17日下午闭幕。
职工心声
记者在大会驻地采访了两位基层代表。
我在车间干了二十年，这次带来的是关于夜班补贴的建议。
"""


def test_a_short_title_listed_in_the_index_heads_its_own_article() -> None:
    page = layout(split_blocks(PAGE))
    assert len(page.articles) == 3
    heads = [p.block.plain for p in page.placed if p.role == "headline"]
    assert heads[-1] == "职工心声"
