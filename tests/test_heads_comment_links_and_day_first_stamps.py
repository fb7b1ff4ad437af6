"""Heads and furniture of web copies read in session 13 (invented pages in real shapes):
a comment board's link in a mobile page's top bar, an aggregator's day-first time stamp
under the title."""

from __future__ import annotations

from tests.conftest import layout_roles

MOBILE_TOP_BAR = (
    "违法和不良信息举报电话:某工网(010-12345678)\n"
    "留言板\n"
    "您当前的位置:首页 > 副刊 > 散文\n"
    "车间里的那盏灯\n"
    "2026-04-11 08:15:20来源:某工网—某某工人报\n"
    "分享到:\n"
    "\n"
    "那年冬天，我刚进厂当学徒，师傅总在下班后留下来，给我讲车床的门道。\n"
    "\n"
    "如今我也带了徒弟，每到傍晚，车间里那盏灯还是亮着。\n"
)


COMMENTS_UNDER_TEXT = (
    "车间里的那盏灯\n"
    "\n"
    "那年冬天，我刚进厂当学徒，师傅总在下班后留下来，给我讲车床的门道。\n"
    "\n"
    "留言板\n"
    "\n"
    "写得真好，想起了我的师傅。\n"
)


def test_a_comment_boards_link_above_the_text_leaves_the_text_the_pages_own():
    roles = layout_roles(MOBILE_TOP_BAR)
    assert roles["留言板"] == ("furniture", None)
    assert roles["车间里的那盏灯"] == ("headline", 0)
    assert roles["那年冬天，我刚进厂当学徒，师傅总在下班后留下来，给我讲车床的门道。"] == (
        "body",
        0,
    )
    assert roles["如今我也带了徒弟，每到傍晚，车间里那盏灯还是亮着。"] == ("body", 0)
    under_text = layout_roles(COMMENTS_UNDER_TEXT)  # under the text it still opens the comments
    assert under_text["写得真好，想起了我的师傅。"] == ("furniture", None)


DAY_FIRST_STAMP = (
    "青禾市总工会夏日送清凉慰问环卫一线职工\n"
    "14.07.2026 10:32\n"
    "来源: 某某新闻网\n"
    "环卫工人排队领取清凉用品\n"
    "某某网讯(记者 柏云舟) 7月14日上午，青禾市总工会在市民广场为二百余名环卫工人送去防暑用品。\n"
    "编辑:祁晓岚\n"
)


def test_the_line_over_a_day_first_time_stamp_is_the_title_not_the_caption_under_it():
    roles = layout_roles(DAY_FIRST_STAMP)
    assert roles["青禾市总工会夏日送清凉慰问环卫一线职工"] == ("headline", 0)
    assert roles["14.07.2026 10:32"] == ("furniture", None)
    assert roles["环卫工人排队领取清凉用品"][0] != "headline"
