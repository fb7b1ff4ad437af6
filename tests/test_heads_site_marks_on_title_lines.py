"""A site's marks printed on a web copy's title line, read in session 14 round 2
(invented pages in the shape of county union sites, a city portal and a site's
"now reading" box): a picture mark after the title (``[图]``), the box's words before
it (``正在阅读：``) and the site's name after a run of dashes are furniture, cut off the
title, so the headline is the printed title and nothing more."""

from __future__ import annotations

from gonghui_build.layout.title_marks import title_mark_cut
from tests.conftest import layout_roles

PICTURE_MARK = (
    "乡镇分站: 青禾镇 柳岸镇 石桥镇 东湾街道 西岭街道 南坪街道 北坡街道 清泉街道 云溪街道\n"
    "当前位置: 首页工会动态\n\n"
    "县总工会召开三届五次全委（扩大）会议[图]\n\n"
    "发布时间:2026-03-22 09:41:00 来源:本站 阅读次数:321\n\n\n"
    "3月20日，县总工会三届五次全委（扩大）会议在县会务中心召开。县委副书记柏云舟出席会议，"
    "会议由县总工会党组书记祁晓岚主持。\n\n"
    "会议回顾了去年的工作，部署了今年的任务，表彰了一批先进集体和先进个人。（县总工会）\n"
)

READING_BOX = (
    "4月28日，市总工会在职工文化中心召开劳动模范代表座谈会，共话劳动之美。市总工会主席"
    "钱多多及各级劳动模范代表参加了座谈。\n"
    "座谈会上，劳模代表们结合自身实际，交流了在岗位上创新的经验。（柏云舟 祁晓岚）\n"
    "扫描二维码随身看资讯\n"
    "正在阅读：市总工会召开劳模代表座谈会\n"
)

SITE_AFTER_DASHES = (
    "搜索\n"
    "当前位置: 首页>本地资讯\n\n"
    "青禾举行“五一”主题活动---青禾城\n\n"
    "发布时间:2026-05-07 14:11:35 作者:admin 点击:0\n\n"
    "4月29日下午，由市总工会主办的五一主题活动在市职工文化中心举行。市委副书记柏云舟与"
    "全市劳模工匠代表、职工代表共聚一堂，共庆劳动者的节日。\n"
)


def test_a_picture_mark_after_a_web_title_is_furniture_not_part_of_the_headline():
    roles = layout_roles(PICTURE_MARK)
    assert roles["县总工会召开三届五次全委（扩大）会议"] == ("headline", 0)
    assert roles["[图]"] == ("furniture", None)


def test_the_words_of_a_now_reading_box_before_a_title_are_furniture():
    roles = layout_roles(READING_BOX)
    assert roles["市总工会召开劳模代表座谈会"] == ("headline", 0)
    assert roles["正在阅读："] == ("furniture", None)


def test_a_sites_name_after_a_run_of_dashes_is_furniture():
    roles = layout_roles(SITE_AFTER_DASHES)
    assert roles["青禾举行“五一”主题活动"] == ("headline", 0)
    assert roles["---青禾城"] == ("furniture", None)


def test_titles_with_no_site_mark_are_left_whole():
    assert title_mark_cut("某某先进事迹报告会（一）") is None  # a part's number, no mark
    assert title_mark_cut("职工正在阅读新书") is None  # the words inside a caption
    assert title_mark_cut("劳模精神代代传——记某某班组") is None  # a subtitle's dash
    assert title_mark_cut("[图]") is None  # a mark alone: nothing to cut
    assert title_mark_cut("工会举办培训班（组图）") == (7, False)
