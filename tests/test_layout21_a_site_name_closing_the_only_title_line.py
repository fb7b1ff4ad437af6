"""A page whose only title line ends with the site's name after one underscore, hyphen or
bar (``标题_某某工会网``, ``标题 - 某某网``, ``标题-频道-某某网``), as the browser's title bar
prints it, or opens with it on a news mirror (``某某官方网站-组图 标题``), keeps the title
as its headline and the site's name as furniture: a news mirror prints its title so and
nowhere else (session 35, layout21, read on two real mirror pages).
Before, the whole line was furniture and the page had no headline. A page that prints
the title again (on one line or over two) keeps its title bar whole as furniture and takes
the later copy as its headline, as before. Invented pages."""

from __future__ import annotations

import pytest

from gonghui_build.layout.title_marks import title_mark_cut
from tests.conftest import block_roles, layout_articles

ONLY_COPY = (
    "东湖区总工会召开三届五次全委会议_洪城工会网\n"
    "2021-03-15 09:20 来源：东湖区总工会\n"
    "3月12日，东湖区总工会召开三届五次全委（扩大）会议，会议选举林志远为区总工会主席。"
    "区委副书记宋国梁出席会议并讲话。\n"
    "会议审议通过了区总工会2020年工作报告。\n"
)

PRINTED_TWICE = (
    "南湖区举办职工乒乓球比赛 - 工会 - 嘉禾工会网\n"
    "首页 | 要闻 | 区县工会 | 职工服务\n"
    "南湖区举办职工乒乓球比赛\n"
    "发布时间：2021-05-20\n"
    "5月18日，南湖区总工会举办第六届职工乒乓球比赛，来自全区28家单位的160名选手参赛。\n"
    "区总工会副主席徐文杰出席开幕式。\n"
)


@pytest.mark.parametrize(
    "mark", ["_洪城工会网", " - 洪城工会网", "-要闻-洪城工会网", "|洪城工会网"]
)
def test_the_title_alone_heads_the_page(mark):
    page = ONLY_COPY.replace("_洪城工会网", mark)
    (article,) = layout_articles(page)
    assert ("headline", "东湖区总工会召开三届五次全委会议") in article
    assert block_roles(page)[mark.strip()] == "furniture"


def test_a_title_printed_again_below_heads_the_page_from_its_later_copy():
    (article,) = layout_articles(PRINTED_TWICE)
    heads = [text for role, text in article if role == "headline"]
    assert heads == ["南湖区举办职工乒乓球比赛"]
    # the title bar stays one line of furniture, as before
    assert block_roles(PRINTED_TWICE)["南湖区举办职工乒乓球比赛 - 工会 - 嘉禾工会网"] == "furniture"


def test_a_title_printed_again_over_two_lines_keeps_its_bar_whole():
    page = PRINTED_TWICE.replace(
        "南湖区举办职工乒乓球比赛\n发布", "南湖区举办\n职工乒乓球比赛\n发布"
    )
    assert block_roles(page)["南湖区举办职工乒乓球比赛 - 工会 - 嘉禾工会网"] == "furniture"


@pytest.mark.parametrize("mark", ["某某官方网站-组图 ", "某某新闻网-", "某某网_"])
def test_a_site_name_opening_the_title_line_is_cut_off(mark):
    page = ONLY_COPY.replace("_洪城工会网", "").replace("东湖区", mark + "东湖区", 1)
    (article,) = layout_articles(page)
    assert ("headline", "东湖区总工会召开三届五次全委会议") in article


@pytest.mark.parametrize(
    "line",
    [
        # a channel's page title: what follows the site is too short for a title
        "中工网-工会新闻",
        # a power grid is a company, no site
        "国家电网-工会开展职工技能竞赛活动",
        # a credit naming its site first, or last
        "中工网-工人日报记者 汤晓峰 通讯员 楚怡",
        "记者 汤晓峰 通讯员 楚怡 - 中工网",
        # a subtitle set off by an em dash, not a site
        "职工书屋建设再上新台阶——记某某区总工会",
        # a hyphen inside the title, no site's word after it
        "京津冀-长三角职工技能交流赛开幕",
        # the site's name alone: no title before it
        "_洪城工会网",
        # a title too short to be one once the name is cut off
        "工会_洪城工会网",
    ],
)
def test_no_site_name_to_cut(line):
    assert title_mark_cut(line) is None
