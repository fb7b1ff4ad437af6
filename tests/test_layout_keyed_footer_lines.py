"""Keyed lines closing a web copy's text, read in session 14 (invented pages in the shapes
of county media centres' posts, street unions' pages and portal copies): who posted it
(``发布：…``), where the news came from (``消息来源：…``) and the reporter keyed by
``报道：`` are the page's furniture or the article's byline, never its headline or a
caption."""

from __future__ import annotations

from tests.conftest import layout_roles

MEDIA_CENTRE_CREDITS = (
    "9日下午，县总工会文艺小分队第一站来到青禾镇柳塘村演出。\n"
    "活动在舞蹈《春到柳塘》中拉开帷幕，随后一系列节目精彩上演。\n"
    "据了解，此次活动为期三个月，将持续到年底。\n"
    "记者：柏云舟\n"
    "责编：祁晓岚\n"
    "发布：钱多多\n"
)


def test_who_posted_the_text_is_furniture_not_the_headline_of_a_page_without_one():
    roles = layout_roles(MEDIA_CENTRE_CREDITS)
    assert roles["发布：钱多多"] == ("furniture", None)
    assert "headline" not in {role for role, _ in roles.values()}


SOURCE_UNDER_TEXT = (
    "青禾街总工会举行职工拔河比赛\n"
    "2026-04-24 16:28:19\n"
    "\n"
    "4月20日下午，青禾街道总工会举行职工拔河比赛，十支队伍参赛。\n"
    "\n"
    "经过激烈角逐，一家医院代表队获得第一名。\n"
    "\n"
    "消息来源:青禾街总工会\n"
)


def test_a_source_line_under_the_text_is_furniture_not_a_caption():
    assert layout_roles(SOURCE_UNDER_TEXT)["消息来源:青禾街总工会"] == ("furniture", None)


KEYED_REPORTER = (
    "为丰富职工精神文化生活，2月3日，青禾县总工会联合县文联开展送春联进企业活动。\n"
    "\n"
    "此次活动共送出春联、福字六百份。\n"
    "\n"
    "报道：通讯员 柏云舟\n"
    "来源：某某之声\n"
)


def test_a_reporter_keyed_by_reported_is_the_byline_not_a_caption():
    assert layout_roles(KEYED_REPORTER)["报道：通讯员 柏云舟"] == ("byline", 0)


BARRED_CREDITS = (
    "11月19日，青禾区总工会联合区人民法院在一处高速公路工地开展“送法进工地”活动。\n"
    "活动现场，法院工作人员结合欠薪案例以案释法，为三十余名职工解答咨询。\n"
    "图文 | 柏云舟\n"
    "编辑 | 祁晓岚\n"
    "初审 | 钱多多\n"
    "|\n"
)


def test_bar_keyed_credits_are_a_byline_or_furniture_never_a_headline():
    roles = layout_roles(BARRED_CREDITS)
    # auth27: the text-and-photo key is the text's byline (real_dev27), the editors' rows
    # furniture; neither is a headline
    assert roles["图文 | 柏云舟"][0] == "byline"
    assert roles["编辑 | 祁晓岚"] == ("furniture", None)
    assert "headline" not in {role for role, _ in roles.values()}
