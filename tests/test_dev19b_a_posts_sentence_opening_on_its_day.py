"""A union's WeChat post opens its text, under its header row, with a sentence set out in
short lines whose first line is the day alone (``3月21日下午``) and whose second names a
meeting with an aside in brackets (``全委（扩大）会议``). Read on real_dev19: no line of
the run ended on a particle, so the lines were read apart and the day taken for the
headline, the post's title for a banner. Invented page in that shape."""

from __future__ import annotations

from tests.conftest import layout_heads, layout_roles

POST = """青山区总工会召开四届五次全委（扩大）会议
青山工会
2024年4月12日 17:40 湖北
4月11日上午
青山区总工会四届五次全委（扩大）会议
在区职工之家召开
区总工会委员
各街道工会主席
共计52人参加会议
区委常委、宣传部部长柯明远出席会议并讲话。
"""

CHRONICLE = """青山区总工会2023年大事记
1月6日
区总工会召开全委会
2月3日
区总工会走访企业
"""


def test_the_posts_title_is_its_headline():
    assert layout_heads(POST) == [[("headline", "青山区总工会召开四届五次全委（扩大）会议")]]


def test_the_short_lines_under_the_day_are_one_body_paragraph():
    roles = layout_roles(POST)
    first = next(text for text in roles if text.startswith("4月11日上午"))
    assert roles[first][0] == "body"
    assert "共计52人参加会议" in first


def test_days_heading_a_chronicles_short_entries_are_no_sentence():
    assert not any(text.startswith("1月6日\n") for text in layout_roles(CHRONICLE))
