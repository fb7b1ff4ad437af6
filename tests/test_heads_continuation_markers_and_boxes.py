"""Boxes and markers of printed and web pages read in session 13 (invented pages in real
shapes): a continuation marker naming a lettered page, a photo box's label, a side box's
teaser cut off by its link."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.layout.segment import layout


def _placed(text: str):
    return layout(split_blocks(text))


def _roles(text: str) -> dict[str, tuple[str, int | None]]:
    return {p.block.plain: (p.role, p.article) for p in _placed(text).placed}


CONTINUED_FROM_A1 = (
    "青禾市总工会开办家政服务培训班\n"
    "本报讯（通讯员 祁晓岚）为帮助转岗职工再就业，青禾市总工会日前开办家政服务培训班。\n"
    "（上接A1版）\n"
    "会议要求，各级工会要把职工最关心的工资支付问题作为维权重点。\n"
)


def test_a_continuation_marker_naming_a_lettered_page_is_furniture_and_opens_the_rest():
    assert furniture_kind("（上接A1版）") is not None
    assert furniture_kind("下转B3版") is not None
    page = _placed(CONTINUED_FROM_A1)
    roles = {p.block.plain: (p.role, p.article) for p in page.placed}
    assert roles["（上接A1版）"] == ("furniture", None)
    assert roles["会议要求，各级工会要把职工最关心的工资支付问题作为维权重点。"] == ("body", 1)
    assert page.articles[1].continued


PHOTO_BOX = (
    "青禾市总工会开办家政服务培训班\n"
    "本报讯（通讯员 祁晓岚）为帮助转岗职工再就业，青禾市总工会日前开办家政服务培训班。\n"
    "图片新闻\n"
    "5月3日，青禾市总工会在职工活动中心举办职工书画展。图为职工在观看展出的作品。\n"
    "柏云舟 摄\n"
)


def test_a_photo_boxs_label_is_furniture_and_its_photo_news_an_item_of_its_own():
    roles = _roles(PHOTO_BOX)
    assert roles["图片新闻"] == ("furniture", None)
    caption = "5月3日，青禾市总工会在职工活动中心举办职工书画展。图为职工在观看展出的作品。"
    assert roles[caption][1] == 1


SIDE_BOX = (
    "青禾市总工会开办家政服务培训班\n"
    "来源：青禾市总工会　　发布时间：2026-07-12\n"
    "7月8日，青禾市总工会开办家政服务培训班，六十名转岗职工参加。\n"
    "上一篇：青禾市职工书屋建设推进会召开\n"
    "青禾市总工会简介 青禾市总工会是全市各级工会和各产业工会的领导机关，负责指导全市工会工作…… 更多>\n"
)


def test_a_side_boxs_teaser_cut_off_by_its_link_is_furniture():
    roles = _roles(SIDE_BOX)
    assert roles[
        "青禾市总工会简介 青禾市总工会是全市各级工会和各产业工会的领导机关，负责指导全市工会工作…… 更多>"
    ] == ("furniture", None)
    assert len(_placed(SIDE_BOX).articles) == 1
