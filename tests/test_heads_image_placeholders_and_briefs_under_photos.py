"""Copies of posts and printed pages read in session 13 (invented pages in real shapes):
an image's placeholder a copy left on its own line, a brief set under a feature's
photo."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_roles

POST = (
    "点击蓝字 关注我们\n"
    "青禾市总工会开展“三八”女职工健康讲座\n"
    "原创 青禾工会 青禾工会 2026年03月12日 18:07 浙江\n"
    "图片\n"
    "3月8日，青禾市总工会在职工服务中心举办女职工健康知识讲座，一百二十名女职工参加。\n"
    "讲座邀请市人民医院专家讲解常见病预防知识。\n"
    "[图片]\n"
    "阅读原文\n"
)


def test_an_images_placeholder_alone_on_its_line_is_furniture_not_the_headline():
    for line in ("图片", "[图片]", "【视频】", "图"):
        assert furniture_kind(line) is not None, line
    roles = layout_roles(POST)
    assert roles["图片"] == ("furniture", None)
    assert roles["青禾市总工会开展“三八”女职工健康讲座"] == ("headline", 0)


FEATURE_THEN_BRIEF = (
    "第02版：综合新闻\n"
    "2026年6月3日 星期三\n"
    "码头上的“拼命三郎”\n"
    "本报记者 柏云舟\n"
    "在青禾港的码头上，装卸工严望舒是出了名的“拼命三郎”。\n"
    "他说：“干一行，就要爱一行。”\n"
    "图为严望舒在作业现场。 祁晓岚 摄\n"
    "职工书屋开进地铁工地\n"
    "6月1日，青禾市总工会在市地铁五号线工地建起职工书屋，配送图书两千册。\n"
    "（覃若溪）\n"
)


def test_a_title_over_a_news_lead_under_a_features_photo_is_a_brief_of_its_own():
    roles = layout_roles(FEATURE_THEN_BRIEF)
    assert roles["码头上的“拼命三郎”"] == ("headline", 0)
    assert roles["职工书屋开进地铁工地"] == ("headline", 1)
    assert roles["（覃若溪）"] == ("byline", 1)


PAGE_WITH_BUTTONS = (
    "青禾市总工会开展职工健康讲座\n"
    "发布时间：2026-03-12　来源：青禾市总工会\n"
    "手机看新闻\n"
    "3月8日，青禾市总工会在职工服务中心举办女职工健康知识讲座，一百二十名女职工参加。\n"
    "点击查看大图\n"
    "讲座邀请市人民医院专家讲解常见病预防知识。\n"
    "收藏本页\n"
)


def test_a_pages_buttons_around_its_text_and_pictures_are_furniture():
    for line in ("手机看新闻", "点击查看大图", "收藏本页", "视频加载中...", "原文链接"):
        assert furniture_kind(line) is not None, line
    roles = layout_roles(PAGE_WITH_BUTTONS)
    assert roles["手机看新闻"] == ("furniture", None)
    assert roles["点击查看大图"] == ("furniture", None)
    assert roles["讲座邀请市人民医院专家讲解常见病预防知识。"] == ("body", 0)
