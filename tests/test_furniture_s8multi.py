"""Page furniture read on real multi-item pages (e-paper editions and union sites), pinned
with invented lines of the same shapes."""

from __future__ import annotations

import pytest

from gonghui_build.layout.furniture import furniture_kind


@pytest.mark.parametrize(
    "line",
    [
        "  •   标题    站内高级搜索",
        " 新闻评论0 新闻评论0",
        "友情链接",
        "【打印正文】",
        "用户登录",
        "热门信息",
        "主席信箱:zhuxi@qinghe.example.cn | 收藏",
        "扫码关注",
        "标题:桐溪区总工会举办职工健步走活动",
    ],
)
def test_site_and_epaper_chrome_is_furniture(line):
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "职工们扫码领取自己的体检报告",
        "会员扫码签到后进入会场",
        "代表们在新闻中心合影留念",
    ],
)
def test_a_caption_saying_what_people_scan_is_no_chrome(line):
    assert furniture_kind(line) is None


def test_a_print_button_closes_the_article_before_it():
    kind = furniture_kind("【打印正文】")
    assert kind is not None and kind.closing
