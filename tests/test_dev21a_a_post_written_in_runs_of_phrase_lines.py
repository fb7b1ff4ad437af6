"""A district union's WeChat post sets its whole text in runs of short phrase lines with no
stops, a blank line after each run: each run is one of the writer's paragraphs. Read on
real_dev22: the runs were cut into captions, a section heading, a banner and a second
item's head, and the closing credit went to that item. Three runs or more make the shape;
a run or two of phrases stay what the layout reads them as. Invented post."""

from __future__ import annotations

from gonghui_build.layout.column_reading import reading_order
from gonghui_build.layout.line_sentences import phrase_groups
from tests.conftest import layout_articles

POST = """夏送清凉！区总工会走进户外一线
原创 青禾职工之家 2024年07月12日 17:30 江西

7月10日至11日
青禾区总工会
副主席韩雨桐
带队来到辖区4处工地
看望高温下的建筑工人

在青禾大道项目部
慰问组为86名工人
送上绿豆、凉茶和防暑药品
并叮嘱大家错峰作业

据了解
今年夏送清凉活动期间
区总工会投入资金42万元
慰问户外劳动者
共计3100余人次

文字：欧阳晴  摄影：柏川
"""


def test_each_run_is_one_body_paragraph_of_one_article():
    articles = layout_articles(POST)
    assert len(articles) == 1
    assert [role for role, _ in articles[0]].count("body") == 3


def test_the_closing_credit_is_the_posts_byline():
    assert ("byline", "文字：欧阳晴  摄影：柏川") in layout_articles(POST)[0]


def test_two_runs_are_not_the_shape():
    lines = reading_order(
        "标题一行\n\n甲乙丙丁\n戊己庚辛\n壬癸子丑\n\n寅卯辰巳\n午未申酉\n戌亥甲乙\n"
    )
    assert phrase_groups(lines, lambda text: False) == set()
