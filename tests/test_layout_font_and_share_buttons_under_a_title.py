"""Session 26 (layout6): a union site prints its font-size button under an article's
title (``调整字体``, ``调整字体：大 中 小``) and its share button between dashes
(``—分享—``, ``— 分享 —``). The first was read as the title's subtitle, or as the
headline with the title for its kicker (furniture taken for a headline); the dashed one
ran into the first paragraph. Both are the page's furniture. All text is invented."""

from __future__ import annotations

from tests.conftest import layout_roles

TEXT = (
    "5月10日，青溪区总工会在区体育馆举办职工羽毛球比赛，来自全区28家单位的120余名职工参赛。\n"
    "比赛设男子单打、女子单打和混合双打三个项目。\n"
)
TITLE = "青溪区总工会举办职工羽毛球比赛\n"


def test_a_font_button_and_a_dashed_share_button_under_a_title_are_furniture():
    roles = layout_roles(
        TITLE + "来源：青溪区总工会 发布时间：2023-05-12\n调整字体\n—分享—\n" + TEXT
    )
    assert roles["青溪区总工会举办职工羽毛球比赛"] == ("headline", 0)
    assert roles["调整字体"] == ("furniture", None)
    assert roles["—分享—"] == ("furniture", None)
    assert roles[TEXT.splitlines()[0]] == ("body", 0)


def test_a_font_button_with_its_sizes_is_no_headline():
    roles = layout_roles(TITLE + "调整字体：大 中 小\n分享到：\n" + TEXT)
    assert roles["青溪区总工会举办职工羽毛球比赛"] == ("headline", 0)
    assert roles["调整字体：大 中 小"] == ("furniture", None)


def test_a_spaced_share_button_does_not_run_into_the_text():
    roles = layout_roles(TITLE + "【字体：大 中 小】【打印】【关闭】\n— 分享 —\n" + TEXT)
    assert roles["— 分享 —"] == ("furniture", None)


def test_a_dashed_subtitle_stays_a_subtitle():
    roles = layout_roles(TITLE + "——记青溪区职工羽毛球比赛分享会\n" + TEXT)
    assert roles["——记青溪区职工羽毛球比赛分享会"] == ("subtitle", 0)
