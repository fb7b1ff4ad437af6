"""An old page's OCR leaves a blank inside the second line of a headline broken after
its verb (``某宫举办`` / ``职工书法 美术作品展览``): two phrases apart by a blank look like
a slogan, but the lead says the two lines again whole, so they are one headline, not a
kicker over a slogan. A slogan under its kicker is no part of the kicker's phrase.
Invented text in the shape of 1980s workers' papers (real_dev27)."""

from __future__ import annotations

from tests.conftest import layout_roles

PAGE = (
    "青禾工人报 一九八五年五月八日 星期三 第2版\n"
    "青禾市工人俱乐部举办\n"
    "职工摄影 剪纸作品展览\n"
    "本报讯 四月二十日至三十日，青禾市工人俱乐部举办职工摄影剪纸作品展览，展出作品一百余件。"
    "  柏 文\n"
)


def test_the_spaced_second_line_the_lead_restates_is_the_rest_of_the_headline() -> None:
    roles = layout_roles(PAGE)
    assert roles["青禾市工人俱乐部举办"] == ("headline", 0)
    assert roles["职工摄影 剪纸作品展览"] == ("headline", 0)


def test_a_slogan_under_a_whole_head_stays_apart() -> None:
    page = (
        "热烈庆祝青禾市第九次工代会闭幕\n"
        "新起点 新征程\n"
        "本报讯 5月8日，青禾市第九次工代会胜利闭幕。\n"
    )
    roles = layout_roles(page)
    assert roles["新起点 新征程"] == ("headline", 0)
    assert roles["热烈庆祝青禾市第九次工代会闭幕"][0] != "headline"
