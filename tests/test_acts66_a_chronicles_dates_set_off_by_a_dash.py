"""A city union gazette's chronicle sets each entry's date off by a dash (``1月8日——市总工会
召开…``, ``2月上旬——…``, ``9月16日至19日——…``), the OCR leaving a blank inside a date
(``3月 7日——``): under its title and its year (in Chinese numerals) each entry is an item
of its own, dated by that year, and the dash is no part of the activity's name. A news
article whose paragraphs open with a date and a dash, under no chronicle's title, stays
one article. Invented pages."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout
from tests.conftest import page_facts

CHRONICLE = """青川市工会志
第八章  大 事 记
一九八八年
1月12日——市总工会召开五届二次全委（扩大）会议，市总工会主席罗文涛作工作报告。
3月 6日——全市女职工“四自”表彰大会在市工人俱乐部召开。
5月上旬——市总工会组织机关干部走访纺织厂、印染厂等企业。
10月20日至23日——青川市工会第六次代表大会召开，出席代表380人。
12月——市总工会举办首期车间工会主席学习班，学员88人。
"""

REPORT = """柳溪区职工运动会闭幕
5月3日——柳溪区第二届职工运动会在区体育馆开幕，二十支代表队参赛，
比赛持续三天。
5月5日——运动会闭幕，区总工会为获奖队伍颁奖。
5月6日——区总工会召开总结会。
"""


def test_entries_dated_by_a_dash_under_a_chronicles_title_are_items_of_their_own():
    page = layout(split_blocks(CHRONICLE))
    assert len(page.articles) == 5


def test_a_dash_set_entry_is_dated_by_the_chronicles_year_and_keeps_no_dash_in_its_name():
    acts = {
        a.name: (a.date.start, a.date.end)
        for art in page_facts(CHRONICLE).articles
        for a in art.activities
    }
    assert acts["五届二次全委（扩大）会议"] == ("1988-01-12", None)
    assert acts["全市女职工“四自”表彰大会"] == ("1988-03-06", None)
    assert acts["青川市工会第六次代表大会"] == ("1988-10-20", "1988-10-23")


def test_paragraphs_opening_with_a_date_and_a_dash_under_a_headline_stay_one_article():
    page = layout(split_blocks(REPORT))
    assert len(page.articles) == 1
