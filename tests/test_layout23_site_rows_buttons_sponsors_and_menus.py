"""Rows of a site's chrome no word list names whole:

* a row of buttons, each in its cell of brackets (``收藏此页】【 】【下载点点通】【打印】【关闭``,
  the outer brackets lost), and a search box's label ending in its domain in brackets
  (``某问(iAsk.com)``), after a portal's text: furniture, not captions of the article;
* a site's sponsor rows, the key set off by a blank (``指导 某省文明办``, ``主办 某某报社``),
  over a headless text: furniture, not a kicker and a headline;
* a menu printed one link a line at the page's top, five lines or more: furniture, not a
  headline with captions;
* the font-size buttons glued into one word (``小字体大字体``): furniture, no subtitle.

Invented text in the shapes of a portal's 2008 copy, a provincial civic site's item, a
hospital union's page and a city paper's copy."""

from __future__ import annotations

from gonghui_build.layout.site_rows import is_button_row, is_sponsor_row
from tests.conftest import block_roles, layout_articles

PORTAL = """\
新闻中心新浪首页 > 新闻中心 > 国内新闻 > 正文

市总工会成立70周年昨日表彰劳模

  本报讯(记者 吴晓云 实习生 邓林)昨日，市总工会在人民大礼堂举行纪念大会暨五一庆祝活动。

  会上，市总工会对获得“全国五一劳动奖章”的12名职工进行了表彰。

爱问(iAsk.com)

收藏此页】【 】【下载点点通】【打印】【关闭
"""

SPONSORED = """\
指导 山西省文明办
主办 科学导报社
文明山西网讯 11月8日，晋城市城区北街社区工会联合会开展“凝心聚力”主题职工活动，丰富职工精神文化生活。
在工会知识竞猜环节，第二代表队获得竞赛第一名。
（李芳）
"""

MENU = """\
关于工会
工会要闻
通知公告
职工代表大会
女委工作
文体活动
15日，凤凰山公园。参赛运动员欢声笑语。上午9时，随着裁判员发令，运动员们争先恐后向山顶跑去。
据悉，院工会为了丰富干部职工业余生活，特意安排了系列工会活动，此次登山活动就是其中之一。
"""


def test_a_button_row_and_a_search_label_after_the_text_are_furniture() -> None:
    roles = block_roles(PORTAL)
    assert roles["收藏此页】【 】【下载点点通】【打印】【关闭"] == "furniture"
    assert roles["爱问(iAsk.com)"] == "furniture"
    articles = layout_articles(PORTAL)
    assert len(articles) == 1
    assert "photo_caption" not in [role for role, _ in articles[0]]


def test_sponsor_rows_are_no_head() -> None:
    roles = block_roles(SPONSORED)
    assert roles["指导 山西省文明办"] == "furniture"
    assert roles["主办 科学导报社"] == "furniture"
    articles = layout_articles(SPONSORED)
    assert len(articles) == 1
    assert not {"headline", "kicker"} & {role for role, _ in articles[0]}


def test_a_menu_at_the_top_is_furniture() -> None:
    roles = block_roles(MENU)
    for link in ("关于工会", "工会要闻", "通知公告", "职工代表大会", "女委工作", "文体活动"):
        assert roles[link] == "furniture", link
    articles = layout_articles(MENU)
    assert len(articles) == 1
    assert [role for role, _ in articles[0]] == ["body", "body"]


def test_a_short_head_over_the_text_is_no_menu() -> None:
    page = "基层动态\n职工健步走\n" + MENU.split("\n", 6)[6]
    articles = layout_articles(page)
    assert "headline" in [role for role, _ in articles[0]]


def test_a_run_of_names_is_no_menu() -> None:
    page = "王建国\n李红梅\n张立新\n赵小兵\n刘晓燕\n以上同志当选为工会委员会委员。\n"
    roles = block_roles(page)
    assert roles["王建国"] != "furniture"


def test_glued_font_size_buttons_are_furniture() -> None:
    page = """\
为一线环卫工人“送清凉” 冰镇西瓜打头阵

2019-08-02 07:05   来源： 海滨网-海滨都市报

小字体大字体

  海滨都市报8月1日讯 岛城持续高温，日前，环卫公司为一线环卫工人送去了防暑降温的“清凉礼包”。
"""
    assert block_roles(page)["小字体大字体"] == "furniture"


def test_what_the_rows_are() -> None:
    assert is_button_row("【收藏此页】【打印】【关闭】", frozenset({"打印", "关闭"}))
    assert not is_button_row("【工会动态】【劳模风采】【通知公告】", frozenset({"打印", "关闭"}))
    assert is_sponsor_row("主办 科学导报社")
    assert not is_sponsor_row("主办 单位提供场地")
    assert not is_sponsor_row("主办：科学导报社")  # a header field, read as such elsewhere
