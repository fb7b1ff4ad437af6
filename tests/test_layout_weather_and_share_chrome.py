"""Site chrome words read in session 14 round 2 (invented pages in the shape of a
district paper's site, a portal's self-media page and a company's site): a weather box
in the header (``天气预报：``), a share button written with 至 (``分享至：``) and the
links to the company's accounts in the footer (``官方微信``, ``官方微博``) are furniture;
the weather box opened a second, headless article over the page's own, the share
button stayed in the text and the footer links were read as photo captions."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_roles

DISTRICT_SITE = (
    "今天是\n"
    "天气预报:\n"
    "青禾职工趣味运动会开赛\n"
    "【发布日期:2026-06-05】 【来源:本站】 【阅读:次】\n\n"
    "本报讯 近日，青禾区总工会联合柳岸镇工会举行职工趣味运动会，近百名职工参加。\n\n"
    "区总工会有关负责人表示，今后将继续举办类似活动，丰富职工的业余生活。（记者 柏云舟）\n\n"
    "分享至:\n"
    "打印】  【关闭\n"
)

COMPANY_SITE = (
    "1月25日，公司工会举办新年拔河比赛，来自各分工会的80名员工参加了比赛。\n"
    "经过激烈的角逐，机修分工会的代表队获得冠军，运输分工会的代表队获得亚军。\n"
    "官方微信\n"
    "官方微博\n"
)


def test_a_weather_box_and_a_share_button_are_furniture_not_a_second_article():
    roles = layout_roles(DISTRICT_SITE)
    assert roles["天气预报:"] == ("furniture", None)
    assert roles["分享至:"] == ("furniture", None)
    assert roles["青禾职工趣味运动会开赛"] == ("headline", 0)
    assert {article for _, article in roles.values() if article is not None} == {0}


def test_links_to_a_companys_accounts_under_its_text_are_no_captions():
    roles = layout_roles(COMPANY_SITE)
    assert roles["官方微信"] == ("furniture", None)
    assert roles["官方微博"] == ("furniture", None)
    # a sentence about the weather is the text's, not the header's box
    assert furniture_kind("天气预报显示，明天将有大风降温，工会提醒户外职工注意防寒。") is None
