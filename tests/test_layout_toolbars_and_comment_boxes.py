"""Toolbars and comment boxes of web copies read in session 14 (invented pages in the
shapes of national portals' and union sites' copies of union news): a portal's toolbar
under the header row, a union site's buttons under the text, its search box label, an
empty comment box under the text. None is the article's text, a caption or an article."""

from __future__ import annotations

from tests.conftest import layout_roles

PORTAL_TOOLBAR = (
    "工会新闻工会新闻工会新闻工会新闻\n"
    "某某新闻网>>工会新闻\n"
    "\n"
    "青禾市启动“安康杯”劳动竞赛\n"
    "\n"
    "柏云舟\n"
    "\n"
    "2026年03月02日08:20  来源:某工网\n"
    "\n"
    " 【字号 打印 留言 论坛 网摘 手机点评 纠错\n"
    "E-mail推荐:  \n"
    "\n"
    "  3月1日，青禾市“安康杯”劳动竞赛动员会召开，全市三百余家企业参赛。\n"
    "\n"
    "  去年，全市参赛职工共提出安全隐患整改建议一千二百余条。\n"
    "\n"
    "(责编:祁晓岚)\n"
    "新闻检索:\n"
)


def test_a_portals_toolbar_and_search_label_are_furniture_not_text_or_a_second_article():
    roles = layout_roles(PORTAL_TOOLBAR)
    assert roles["【字号 打印 留言 论坛 网摘 手机点评 纠错"] == ("furniture", None)
    assert roles["E-mail推荐:"] == ("furniture", None)
    assert roles["新闻检索:"] == ("furniture", None)
    assert roles["青禾市启动“安康杯”劳动竞赛"] == ("headline", 0)
    assert {article for role, article in roles.values() if article is not None} == {0}


SITE_BUTTONS_UNDER_TEXT = (
    "当前位置:某工网工会频道工会新闻-正文\n"
    "青禾港区工会开通职工服务热线\n"
    "2026-04-17 06:09:36来源: 某工网\n"
    "\n"
    "  某工网讯 (记者柏云舟)4月16日，青禾港区工会职工服务热线开通，首日接听来电六十余个。\n"
    "\n"
    "  热线由工会干部和律师轮流值守，每周一至周五开通。\n"
    "\n"
    "\n"
    "[保存]     [全文浏览]      [ ]      [打印]     \n"
)


def test_a_union_sites_buttons_under_the_text_are_furniture_not_a_caption():
    roles = layout_roles(SITE_BUTTONS_UNDER_TEXT)
    assert roles["[保存]     [全文浏览]      [ ]      [打印]"] == ("furniture", None)


EMPTY_COMMENT_BOX = (
    "青禾县总工会举办职工读书征文颁奖仪式\n"
    "\n"
    "7月6日，青禾县总工会职工读书征文颁奖仪式在县工人文化宫举行，二十名职工获奖。\n"
    "\n"
    "评论列表\n"
    "\n"
    "暂时没有评论\n"
    "\n"
    "暂无评论,快抢沙发吧~\n"
)


def test_an_empty_comment_box_under_the_text_is_furniture_not_captions():
    roles = layout_roles(EMPTY_COMMENT_BOX)
    assert roles["评论列表"] == ("furniture", None)
    assert roles["暂时没有评论"] == ("furniture", None)
    assert roles["暂无评论,快抢沙发吧~"] == ("furniture", None)


SITE_LINES_AFTER_TEXT = (
    "5月1日，集团工会主席祁晓岚一行到港区码头慰问节日坚守岗位的一线员工。\n"
    "慰问团走进码头现场和候工室，为员工送上清凉饮料。（柏云舟）\n"
    "热点专题\n"
    "下载某某客户端浏览更多新闻\n"
    "为了得到我们网站最好的体验效果,我们建议您升级到最新版本的浏览器.一个列表最流行的"
    "浏览器在下面可以找到.\n"
)


def test_a_sites_topics_box_app_call_and_browser_warning_are_furniture_not_an_article():
    roles = layout_roles(SITE_LINES_AFTER_TEXT)
    assert roles["热点专题"] == ("furniture", None)
    assert roles["下载某某客户端浏览更多新闻"] == ("furniture", None)
    warning = next(block for block in roles if block.startswith("为了得到"))
    assert roles[warning] == ("furniture", None)
    assert {article for _, article in roles.values() if article is not None} == {0}
