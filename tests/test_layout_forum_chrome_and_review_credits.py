"""Chrome of forum copies and review credits of news sites, around a web copy's title and
text (issue 8: no page furniture inside an article, no furniture for a headline).
Invented pages in the shapes of real forum reposts and provincial news-site copies."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout


def _roles(text: str) -> dict[str, str]:
    return {p.block.plain: p.role for p in layout(split_blocks(text)).placed}


def _articles(text: str) -> int:
    return len(layout(split_blocks(text)).articles)


FORUM_THREAD = (
    "返回列表 发布新帖\n"
    "查看: 35|回复: 0\n"
    "驿站里的年夜饭\n"
    "发表于 2023-1-15 10:21:07 | 查看全部 |阅读模式\n"
    "马上注册!\n"
    "来源：中工网\n"
    "1月10日中午，快递员薛小满走进长宁区的一处爱心驿站歇脚，发现桌上摆着工会准备的年货袋。\n"
    "“这是区总工会给你们准备的。”工作人员对他说。\n"
)


def test_a_forum_threads_view_and_reply_counters_over_the_title_are_no_kicker():
    """``查看: 35|回复: 0`` over a forum thread's title: the forum's counters, furniture;
    the title under them stays the headline, with no kicker."""
    roles = _roles(FORUM_THREAD)
    assert roles["查看: 35|回复: 0"] == "furniture"
    assert roles["驿站里的年夜饭"] == "headline"
    assert "kicker" not in roles.values()


FORUM_ARCHIVE = (
    "hx88 发表于 2022-9-03 10:11:05\n"
    "甘泉县总工会调研基层工会职工书屋建设情况\n"
    "中工网讯 8月30日，甘泉县总工会调研组深入桥镇工会联合会调研职工书屋建设情况。\n"
    "调研组通过实地查看职工活动室、座谈交流等形式，了解基层工会阵地建设情况。\n"
    "页: [1]\n"
    "查看完整版本: 甘泉县总工会调研基层工会职工书屋建设情况\n"
)


def test_a_forum_archives_link_to_the_full_thread_is_furniture_outside_the_article():
    """``查看完整版本: 标题`` under an archived post links to the thread: the forum's
    chrome, no caption nor text of the article."""
    roles = _roles(FORUM_ARCHIVE)
    assert roles["查看完整版本: 甘泉县总工会调研基层工会职工书屋建设情况"] == "furniture"
    assert roles["甘泉县总工会调研基层工会职工书屋建设情况"] == "headline"
    assert _articles(FORUM_ARCHIVE) == 1


def test_a_sentence_about_viewing_or_replying_stays_text():
    """The words alone make no chrome: a sentence of the text that reads them stays body,
    and a title counting replies stays the headline."""
    text = (
        "市总工会回复职工来信12件\n"
        "今年以来，市总工会共收到职工来信12件，已全部回复。\n"
        "职工可在工会网站查看完整版本的《工会法》解读。\n"
    )
    roles = _roles(text)
    assert roles["市总工会回复职工来信12件"] == "headline"
    assert roles["职工可在工会网站查看完整版本的《工会法》解读。"] == "body"


EDITORS_ON_TOP = (
    "初审编辑：柯蓝\n"
    "责任编辑：庞佳怡\n"
    "齐鲁在线记者 赵文涛 通讯员 韩悦 烟台报道\n"
    "随着春节临近，福山区总工会全面启动驿站送温暖行动。目前，福山区已建成工会驿站36处。\n"
    "福山区清洋街道工会驿站推出了“寒冬送福”主题活动，为户外劳动者送上饺子和姜茶。\n"
)


def test_a_review_step_named_with_its_role_over_a_byline_row_is_no_headline():
    """``初审编辑：某某`` printed over a news site's byline row: an editor's credit,
    furniture, never the headline of the copy that has none."""
    roles = _roles(EDITORS_ON_TOP)
    assert roles["初审编辑：柯蓝"] == "furniture"
    assert "headline" not in roles.values()
