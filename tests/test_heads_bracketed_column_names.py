"""A column's or a campaign's name in 【】 before a web copy's title, read in session 18
(invented pages in the shapes of a national workers' daily's web copies, which print a
campaign's series so, and a city news site's copy): ``【某某行动·暖闻】标题``,
``【喜迎工代会】标题``. As with a column's name before a bar, the name is no part of the
headline: it is cut off the title as furniture. A yearbook's entry head in 【】, a
dateline in 【】 and a credit in 【】 open no title and are left whole."""

from __future__ import annotations

from gonghui_build.layout.title_marks import title_mark_cut
from tests.conftest import layout_roles

DAILY_COPY = (
    "青禾工人报 2025年03月04日 星期二\n"
    "\n"
    "【春风送岗位·暖闻】东平县为返岗职工开通专车\n"
    "\n"
    "《青禾工人报》(2025年03月04日 02版)\n"
    "\n"
    "本报讯(记者 林海舟)3月2日,东平县总工会联合县交通部门开通返岗专车,"
    "把二百余名外出务工人员送到省内各个用工企业。\n"
    "\n"
    "县总工会负责人介绍,今年专车共设四条线路,沿途还为职工发放了慰问品。\n"
)

CITY_SITE_COPY = (
    "首页>兰山频道>内容详情\n"
    "【喜迎工代会 五年回眸】兰山区工会五年来培育技能人才三千余名\n"
    "2024-01-24 09:20:52 大字体 小字体\n"
    "记者从兰山区总工会获悉,五年来全区各级工会举办职工技能竞赛一百余场,"
    "培育技能人才三千余名。\n"
    "区总工会还建成职工创新工作室二十家,带动职工提出合理化建议五千余条。\n"
)


def test_a_campaigns_name_in_brackets_is_cut_off_the_headline():
    roles = layout_roles(DAILY_COPY)
    assert roles["东平县为返岗职工开通专车"] == ("headline", 0)
    assert roles["【春风送岗位·暖闻】"] == ("furniture", None)


def test_a_columns_name_in_brackets_on_a_city_sites_copy_is_cut_the_same_way():
    roles = layout_roles(CITY_SITE_COPY)
    assert roles["兰山区工会五年来培育技能人才三千余名"] == ("headline", 0)


def test_the_title_starts_after_the_closing_bracket():
    assert title_mark_cut("【两节送温暖·暖闻】柳岸镇开展暖冬行动") == (10, True)
    assert title_mark_cut("【喜迎工代会】青禾市工会五年来表彰劳模百名") == (7, True)


def test_bracketed_openings_that_are_no_column_before_a_title_are_left_whole():
    assert title_mark_cut("【春节送温暖】1月26日,市总工会走访慰问困难职工八十户。") is None
    assert title_mark_cut("【江州讯】江州机床厂工会发动工人提合理化建议。") is None
    assert title_mark_cut("【责任编辑 吴晓川】") is None
    assert title_mark_cut("【打印本页】【关闭窗口】") is None
    assert title_mark_cut("【喜迎工代会】短标题") is None  # too short a title to be one


def test_a_districts_tag_in_brackets_stays_on_the_headline():
    assert title_mark_cut("【历城】历城区总工会为环卫工人送上热汤") is None
    assert title_mark_cut("【滨江区】滨江区总工会举办职工篮球赛") is None
