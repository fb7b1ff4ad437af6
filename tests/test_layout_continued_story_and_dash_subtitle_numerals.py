"""A story continued from another page (``（上接第1版）``) printed after a closed-off
article is an article of its own; a subtitle keeps the numeral after its dash.
Invented text in the shape of a printed e-paper page."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.headroles import subtitle_text
from gonghui_build.layout.segment import layout

PAGE = """\
西城区总工会慰问环卫工人

本报讯（记者 钟一帆）8月3日，西城区总工会走访辖区环卫作业班组，为二百余名环卫工人送去防暑降温用品。

区总工会有关负责人表示，夏季慰问将持续到8月底。

（上接第1版）

据悉，全市各级工会今年已建成户外劳动者驿站六百余个，下一步将在新建楼宇中增设休息点。

丰台区职工篮球赛开赛

本报讯（通讯员 吴启明）8月5日，丰台区第九届职工篮球赛在区体育馆开赛，十六支代表队参赛。
"""


def _articles_of(text: str) -> list[list[str]]:
    placed = layout(split_blocks(text)).placed
    count = 1 + max(p.article for p in placed if p.article is not None)
    return [[p.block.plain for p in placed if p.article == k] for k in range(count)]


def test_text_after_a_continued_from_marker_starts_its_own_article() -> None:
    articles = _articles_of(PAGE)
    assert len(articles) == 3
    assert articles[1][0].startswith("据悉")
    assert not any(text.startswith("据悉") for text in articles[0])


def test_the_continued_fragment_is_flagged_continued_and_has_no_headline() -> None:
    page = layout(split_blocks(PAGE))
    second = page.articles[1]
    assert second.continued
    roles = {p.role for p in page.placed if p.article == second.index}
    assert "headline" not in roles
    assert not page.articles[0].continued


def test_a_subtitle_keeps_the_numeral_after_its_dash() -> None:
    assert subtitle_text("——一百二十名职工走进课堂") == "一百二十名职工走进课堂"
    assert subtitle_text("—— 一线职工的一天") == "一线职工的一天"


def test_a_subtitle_loses_the_one_an_ocr_read_for_its_dash() -> None:
    assert subtitle_text("一走进新建的职工之家") == "走进新建的职工之家"
    assert subtitle_text("——") is None
