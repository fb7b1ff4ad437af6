"""Chronicles (大事记) whose entries open with their date and a comma, as union sites print
their monthly chronicles; pinned with invented pages of that shape."""

from __future__ import annotations

import pytest

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.chronicles import opens_with_entry_date
from gonghui_build.layout.segment import layout


def _articles(text: str):
    page = layout(split_blocks(text))
    return page, [
        [p.block.plain for p in page.placed if p.article == a.index] for a in page.articles
    ]


@pytest.mark.parametrize(
    "text",
    [
        "7日，区总工会召开职工代表座谈会。",
        "4日至6日，市总工会带队走访一线职工。",
        "11日-15日，省政协会议召开。",
        "19日下午，市总工会召开全委会议。",
        "同日，职工服务中心启用。",
        "同日起，各级工会开展送温暖活动。",
        "6月，全总印发关于新建企业组建工会的意见。",
        "十二月五日，县总工会召开表彰大会。",
        "2月28日至3月1日，全总召开执委会议。",
    ],
)
def test_a_day_or_month_and_a_comma_open_a_chronicle_entry(text):
    assert opens_with_entry_date(text)


@pytest.mark.parametrize(
    "text",
    ["会议指出，要做好职工服务。", "5月", "日前，区总工会召开会议。", "2023年度全区工会工作要点"],
)
def test_text_that_opens_with_no_date_and_comma_is_no_entry(text):
    assert not opens_with_entry_date(text)


CHRONICLE = """白沙县总工会二〇一九年五月大事记
3日，县总工会召开党组会议，研究部署劳模评选工作。
8日，县总工会举办基层工会主席培训班，六十人参加。
同日，县职工服务中心开通维权热线。
21日至22日，县总工会组织职工书画展。
"""


def test_each_entry_under_a_chronicle_title_is_an_article_of_its_own():
    page, articles = _articles(CHRONICLE)
    assert len(articles) == 4
    assert all(len(blocks) == 1 for blocks in articles)
    title = next(p for p in page.placed if "大事记" in p.block.plain)
    assert title.article is None and title.role == "furniture"


def test_a_report_whose_paragraphs_open_with_days_stays_one_article():
    report = """江口区第五次工会代表大会闭幕
11日上午，江口区第五次工会代表大会在区会议中心开幕，二百名代表出席。
12日，代表们分组审议区总工会工作报告。
13日上午，大会选举产生区总工会第五届委员会，并胜利闭幕。
"""
    _, articles = _articles(report)
    assert len(articles) == 1


def test_a_chronicle_title_over_undated_text_splits_nothing():
    text = """柳营镇工会纪事
5日，镇工会召开委员会议。
9日，镇工会组织职工健步走。
会后，与会人员还参观了镇职工书屋，并就下一步工作进行了座谈交流。
大家表示，要把工会工作做细做实，让职工真正感受到组织的温暖。
镇工会主席表示，将进一步完善服务职工的各项制度。
"""
    _, articles = _articles(text)
    assert len(articles) == 1
