"""A union's WeChat post sets its whole text in groups of short lines, a blank line
between groups and no mark ending any line: each group is one paragraph. Read on
real_dev22: the groups fell apart into captions, a heading and a second article.
Invented post in that shape."""

from __future__ import annotations

from tests.conftest import layout_articles

POST = """暖心送到一线！区总工会走访慰问环卫工人
原创 青禾职工之家 2024年01月20日 17:30 四川

1月18日
青禾区总工会
副主席林晓
带队来到城区环卫所

在环卫所休息室
慰问组为坚守岗位的
40名环卫工人
送上棉衣和慰问品

据了解
今年以来区总工会
已走访慰问一线职工
共计1200余人次

下一步
区总工会还将
在区职工服务中心举办
“迎新春·送春联”活动

来源：青禾区总工会
编辑：王小雨
"""


def test_each_group_is_one_paragraph_of_one_article():
    articles = layout_articles(POST)
    assert len(articles) == 1
    assert [role for role, _ in articles[0]].count("body") == 4
