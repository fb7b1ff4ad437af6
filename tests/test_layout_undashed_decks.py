"""A headline over an undashed deck line (session 19).

Real shape (a provincial workers' paper's mobile archive, a national daily's 1957 page):
the headline ends its clause on a verb after a phrase of place or time opened by 在
(``…在某地开幕``), and the line under it, no dash before it, is its deck. The two were
read as one headline broken over two lines. A headline a column broke over two lines
still reads as one. All texts below are invented."""

from __future__ import annotations

from tests.conftest import block_roles

MOBILE = """等待处理…
全市职工摄影作品展在青禾开幕
二百余幅作品入展
2019年05月06日
本报青禾专电 青禾市第二届职工摄影作品展览，于本月4日在市工人文化宫开幕，展期七天。
展览共展出全市各地职工拍摄的作品210幅。
"""

BROKEN = """青禾市东岭区职工业余
技术学校开学
本报讯 青禾市东岭区职工业余技术学校日前开学，首期招收学员120名。
"""

KICKER_OVER_BROKEN = """青禾市总工会召开
十五届三次全委会议
本报讯 青禾市总工会十五届三次全委会议近日召开，会议审议了工作报告。
"""


def test_an_undashed_deck_under_a_headline_closed_by_its_verb_is_the_subtitle():
    roles = block_roles(MOBILE)
    assert roles["全市职工摄影作品展在青禾开幕"] == "headline"
    assert roles["二百余幅作品入展"] == "subtitle"


def test_a_headline_a_column_broke_over_two_lines_stays_one_headline():
    roles = block_roles(BROKEN)
    assert roles["青禾市东岭区职工业余"] == "headline"
    assert roles["技术学校开学"] == "headline"


def test_a_verb_with_no_place_phrase_before_it_may_take_its_object_on_the_next_line():
    roles = block_roles(KICKER_OVER_BROKEN)
    assert roles["青禾市总工会召开"] == "headline"
    assert roles["十五届三次全委会议"] == "headline"


def test_a_breadcrumb_naming_the_title_is_no_headline_over_a_deck():
    text = """首页 > 详情:青禾市职工迎春座谈会在文化宫举行
青禾市职工迎春座谈会在文化宫举行
  1月18日上午，青禾市职工迎春座谈会在市工人文化宫举行，80名职工代表参加。
发布时间:2019-01-18
"""
    roles = block_roles(text)
    assert roles["青禾市职工迎春座谈会在文化宫举行"] == "headline"
