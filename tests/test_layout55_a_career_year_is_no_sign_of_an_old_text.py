"""A site's posting date is the text's own when the latest year the text names is only a
step of a person's career (``1998年进入某公司工作``, ``2021年起任某职``, ``1975年生``): a
profile of today tells when its people were born, hired or took their posts, and those
years say nothing of when it was written. A text whose latest year is a fact it reports
(``2012年…比赛``) is still read as an old text posted later. Invented pages."""

from __future__ import annotations

from gonghui_build.extract.dates.page import _latest_is_career
from tests.conftest import page_facts

CAREER = """桐江市两家职工创新工作室揭牌
发布者：市总工会  发布时间：2023-09-22 10:15:07
9月20日，桐江市总工会举行职工创新工作室揭牌仪式，市总工会副主席钟明远出席。
罗晓航1998年进入桐江供水公司工作，先后任化验员、水厂厂长，现任公司副总工程师。
"""

FACT = """桐江市举办职工焊工比赛
发布者：市总工会  发布时间：2023-09-22 10:15:07
2012年9月20日，桐江市总工会举办职工焊工比赛，120名职工参赛。
罗晓航1998年进入桐江供水公司工作。
"""


def test_a_posting_over_a_text_whose_latest_year_is_a_career_step_dates_it():
    [article] = page_facts(CAREER).articles
    assert article.date.year == 2023
    [unveiling] = article.activities
    assert unveiling.date.start == "2023-09-20"


def test_a_posting_over_a_text_reporting_an_older_fact_is_still_a_repost():
    [article] = page_facts(FACT).articles
    assert article.date.year == 2012


def test_the_steps_of_a_career_after_a_year():
    assert _latest_is_career(["韩书宁，1975年生，2021年起任区总工会主席。"], 2021)
    assert _latest_is_career(["韩书宁1990年参加工作。"], 1990)
    assert _latest_is_career(["韩书宁，1968年5月生，1990年7月加入中国共产党。"], 1990)
    assert _latest_is_career(["韩书宁，1968年5月生。"], 1968)
    assert not _latest_is_career(["2021年任务全部完成。"], 2021)
    assert not _latest_is_career(["2021年，区总工会举办技能比赛。"], 2021)
    assert not _latest_is_career(["2021年起任区总工会主席，2021年举办比赛。"], 2021)
