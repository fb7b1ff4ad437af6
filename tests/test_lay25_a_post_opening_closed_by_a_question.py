"""A union's WeChat post opens its text, right under its header row, with one sentence set
out in short lines, the last closed by a question mark (``年底到了`` / ``工钱却还没结清`` /
``该找谁？``). Read on real_dev26: the question mark kept the last line out of the run,
two lines were too few for a sentence, and the three read as a deck, a caption and a
heading: one body paragraph short. Invented post in that shape."""

from __future__ import annotations

from tests.conftest import layout_roles

PAGE = """城东工会
“娘家人”帮我们要回了工钱
2025年01月10日 17:45 江苏
年底到了
工钱却还没结清
该找谁？
近日，城东区总工会职工法律服务站接待了12名外地来的装修工人。
他们在某公司干了3个多月，被拖欠工资8万余元。
次日，工人们全部拿到了工钱。
来源：城东区总工会
编辑：林知夏
"""


def test_the_opening_lines_are_one_body_paragraph():
    roles = layout_roles(PAGE)
    assert roles["年底到了\n工钱却还没结清\n该找谁？"] == ("body", 0)
