"""A yearbook or a union site credits a photo to the body that sent it, in brackets after
its caption (``…技能竞赛现场（市总工会供图）``). Printed after a 【】 entry's text, the
caption is that entry's photo caption, not a banner of the page lost between two
entries; a line that is the credit alone, or running text closing with one, is not
read so. Invented text in the shape of a city union's yearbook section (session 38)."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = (
    "宁远市总工会\n"
    "【概况】　2022年，宁远市总工会有基层工会组织1260个，会员18.6万人。\n"
    "【职工技能竞赛】　2022年，市总工会联合市人社局举办焊工、电工等8个工种的职工技能竞赛，"
    "1100余名职工参赛。\n"
    "{caption}\n"
    "【送温暖】　春节前，市总工会筹集资金320万元，走访慰问困难职工1480户。\n"
)


def test_the_caption_is_the_entry_s() -> None:
    caption = "市总工会举办的职工焊工技能竞赛现场（市总工会供图）"
    articles = layout_articles(PAGE.format(caption=caption))
    assert len(articles) == 3
    assert ("photo_caption", caption) in articles[1]


def test_a_sourced_caption_shape() -> None:
    from gonghui_build.layout.blocks import split_blocks
    from gonghui_build.layout.shapes import Shape, classify

    def shape(text: str) -> Shape:
        return classify(split_blocks(text + "\n")[0])

    assert shape("职工焊工技能竞赛现场（市总工会供图）") is Shape.CAPTION
    assert shape("（市总工会供图）") is not Shape.CAPTION
    assert shape("市总工会举办职工焊工技能竞赛（第三届）") is not Shape.CAPTION
