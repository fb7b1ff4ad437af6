"""A national daily's e-paper item page, read in session 33 (layout17): the page's name
alone between the bars of its frame (``|`` / ``综合`` / ``|``) over the item's text, the
headline and a deck lower down between bars, the text printed once more under a source
row. The page's name was read as the item's headline and the headline as a caption; it is
the page's (``page_furniture.yaml`` chrome_tokens, as ``头版`` and ``要闻``). Invented text
in that shape."""

from __future__ import annotations

from tests.conftest import layout_roles

TEXT = (
    "本报讯 记者柏青岚 4月18日，临江省总工会举行“五一”新闻发布会。记者从会上获悉，"
    "今年全省拟表彰省劳动模范和先进工作者480名。"
)
PAGE = (
    "|\n综合\n|\n|\n"
    + TEXT
    + "\n|\n全省拟表彰480名劳模和先进工作者\n|\n省总工会将举办职工系列庆祝活动\n|\n|\n"
    + "( 2024-04-20 ) 稿件来源: 临江法治报综合 |\n|\n"
    + TEXT
    + "\n"
)


def test_a_page_name_between_an_epapers_bars_is_furniture_not_the_headline():
    roles = layout_roles(PAGE)
    assert roles["综合"] == ("furniture", None)
    assert roles["全省拟表彰480名劳模和先进工作者"] == ("headline", 0)


def test_a_headline_that_opens_with_the_page_name_stays_a_headline():
    page = "综合施策护航职工权益\n" + TEXT + "\n"
    roles = layout_roles(page)
    assert roles["综合施策护航职工权益"] == ("headline", 0)
