"""A union's WeChat post opens its text, right under its header row (the day and time it
was posted), with a sentence set out in short lines, no mark in them. Read on real_dev18:
the lines were read apart, since only a sentence's end opened such a run; the first one,
a date, was taken for the headline and the post's title for a banner. Invented page in
that shape."""

from __future__ import annotations

from tests.conftest import layout_heads, layout_roles

POST = """“青工匠”同台比拼！全市职工焊工大赛收官
青原工会
2024年5月10日 17:20 湖北
5月8日至9日
2024年青原市职工技能大赛
焊工赛项
在江北区举行
来自全市
18家企业的
60名选手
同场比拼
市总工会主席邬启航出席闭幕式并为获奖选手颁奖。
青原重工有限公司焊工柯雨桐获得第一名。
"""


def test_the_posts_title_is_its_headline():
    assert layout_heads(POST) == [[("headline", "“青工匠”同台比拼！全市职工焊工大赛收官")]]


def test_the_short_lines_are_one_body_paragraph():
    roles = layout_roles(POST)
    first = next(text for text in roles if text.startswith("5月8日至9日"))
    assert roles[first][0] == "body"
    assert "在江北区举行" in first
    assert "同场比拼" in first


def test_a_date_row_without_a_time_opens_no_such_run():
    page = POST.replace("2024年5月10日 17:20 湖北", "2024年5月10日")
    roles = layout_roles(page)
    assert not any(text.startswith("5月8日至9日\n") for text in roles)
