"""Site chrome after a web copy's text, read in session 15 on real pages (a national
broadcaster's site, a provincial portal, a workers' daily's site, a forum mirror of a
paper's archive): a portal's toolbar with a share and a report button, a tag row, a row of
bracketed buttons with an empty one among them, and a forum's thread controls are
furniture, never a headline, a caption or a headless article of their own. Pages
invented, in those shapes."""

from __future__ import annotations

import pytest

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_roles


def _articles(roles: dict[str, tuple[str, int | None]]) -> set[int]:
    return {article for _, article in roles.values() if article is not None}


TOOLBAR_PAGE = (
    "青禾区总工会启动职工疗休养活动\n"
    "青禾网消息：今天，青禾区总工会启动一线职工疗休养活动，首批八十名职工出发。\n"
    "疗休养名额优先安排给长年在户外作业的环卫工和快递员。\n"
    "责编：柏云舟\n"
    "相关热词搜索：\n"
    "收藏 打印本页 网民举报 转发 关闭\n"
)

TAG_PAGE = (
    "青禾区工匠风采录首发\n"
    "青禾网5月6日讯 昨天下午，青禾区举行《工匠风采录》首发仪式，区总工会主席祁晓岚出席。\n"
    "（柏云舟 文摄）\n"
    "标签：工匠；风采；青禾；劳模；首发\n"
    "责编：韦明川\n"
)

BUTTON_ROW_PAGE = (
    "青禾钢铁工会为劳模编纪念册\n"
    "青禾网讯（记者 柏云舟）9月3日，青禾钢铁公司工会编成劳模纪念册，收录六十位劳模事迹。\n"
    "纪念册已分发到各班组。\n"
    "[全文浏览]   [保存]   [ ]   [推荐朋友]   [打印]   [我要留言]   [关闭]\n"
)

FORUM_PAGE = (
    "下一主题 上一主题\n"
    "倒序阅读 只看楼主 0 发表于: 1988-04-27\n"
    "青禾市评出一百名劳动模范\n"
    "本报讯 青禾市总工会日前评出一百名劳动模范，其中一线职工六十二名。\n"
    "评选由各基层工会推荐产生。\n"
    "快速回复\n"
    "限200 字节\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "收藏 打印本页 网民举报 转发 关闭",
        "[全文浏览]   [保存]   [ ]   [推荐朋友]   [打印]   [我要留言]   [关闭]",
        "标签：工匠；风采；青禾；劳模；首发",
        "相关热词搜索：",
        "下一主题 上一主题",
        "快速回复",
        "限200 字节",
    ],
)
def test_toolbars_tags_and_forum_controls_are_furniture(text):
    assert furniture_kind(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "青禾区总工会为一线职工转发防暑降温通知，提醒各企业做好防护。",
        "职工可通过网民举报平台反映欠薪问题，区总工会将及时转交。",
    ],
)
def test_the_buttons_words_in_a_sentence_leave_it_text(text):
    assert furniture_kind(text) is None


@pytest.mark.parametrize("page", [TOOLBAR_PAGE, TAG_PAGE, BUTTON_ROW_PAGE, FORUM_PAGE])
def test_chrome_after_a_web_copys_text_opens_no_article_and_no_caption(page):
    roles = layout_roles(page)
    assert _articles(roles) == {0}
    assert not [role for role, _ in roles.values() if role in ("photo_caption", "headline")][1:]
    last = list(roles)[-1]
    assert roles[last] == ("furniture", None)


FOOTER_PAGE = (
    "首页 > 青禾库 > 志书年鉴\n"
    "工会组织建设\n"
    "2021-06-17 10:09:36 来源：青禾区档案馆\n"
    "2013年，区总工会新建基层工会一百二十个，新增会员两万一千人。至年底，全区有基层工会九百个。\n"
    "建设单位：青禾新闻网 指导单位：青禾市网信办\n"
)


def test_a_portals_footer_of_credited_bodies_is_no_title_printed_after_the_text():
    roles = layout_roles(FOOTER_PAGE)
    assert roles["工会组织建设"] == ("headline", 0)
    assert roles["建设单位：青禾新闻网 指导单位：青禾市网信办"] == ("furniture", None)
