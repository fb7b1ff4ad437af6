"""Page furniture read on real multi-item pages (e-paper editions and union sites), pinned
with invented lines of the same shapes."""

from __future__ import annotations

import pytest

from gonghui_build.layout.cues import is_head_byline
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


@pytest.mark.parametrize(
    "line", ["记者在会场外采访一线代表", "记者从市总工会获悉", "本报记者走进车间"]
)
def test_a_sentence_about_the_reporter_is_no_byline(line):
    assert not is_head_byline(line)


@pytest.mark.parametrize("line", ["记者 于晓川 向一鸣", "本报记者 祁望舒", "记者邓若谷"])
def test_a_role_word_before_names_is_still_a_byline(line):
    assert is_head_byline(line)
