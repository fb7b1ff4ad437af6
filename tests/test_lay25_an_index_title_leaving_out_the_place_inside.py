"""A paper's front-page index may print the lead's title without the place the headline
names inside it (``区总工会九届三次全委会议召开`` over ``区总工会九届三次全委会议在某市
召开``). Read on real_dev25: compared only as equal, the index ran on into the lead's
kicker and headline, and the deck under them was taken for the head. Invented page in
that shape."""

from __future__ import annotations

from gonghui_build.layout.shortened_titles import shortened_copies
from tests.conftest import layout_roles

PAGE = """松川工人报
2023年6月9日 星期五
第01版：要闻
松川区总工会九届三次全委会议召开
区职工乒乓球赛落幕
团结奋进谱新篇 建功立业当先锋
松川区总工会九届三次全委会议在青河召开
审议通过工作报告 补选常委
本报讯（记者 方可远）6月8日，松川区总工会九届三次全委会议在青河召开，委员42人出席。
会议由区总工会主席林知夏主持。
区职工乒乓球赛落幕
本报讯（通讯员 许沐阳）6月上旬，区职工乒乓球赛落幕，18支队伍参赛。
"""


def test_the_lead_keeps_its_kicker_headline_and_deck():
    roles = layout_roles(PAGE)
    assert roles["团结奋进谱新篇 建功立业当先锋"] == ("kicker", 0)
    assert roles["松川区总工会九届三次全委会议在青河召开"] == ("headline", 0)
    assert roles["审议通过工作报告 补选常委"] == ("subtitle", 0)
    assert roles["松川区总工会九届三次全委会议召开"][1] is None


def test_only_a_short_run_left_out_inside_pairs_the_titles():
    keys = ["区总工会九届三次全委会议召开", "", "区总工会九届三次全委会议在青河召开"]
    assert shortened_copies(keys) == ({0}, {2})
    longer = ["区总工会全委会议召开", "区总工会在青河举办职工运动会后全委会议召开"]
    assert shortened_copies(longer) == (set(), set())
