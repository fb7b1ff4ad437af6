"""A union's WeChat post copied with its account's name on the first line, its title
under it and its header row (day, time, place posted from) under the title. Read on
real_dev26, once the post's opening read as text: the account's name, short as a
kicker, was taken for the title's kicker. A post prints no kicker: the line is the
account's, on the page. Invented post in that shape."""

from __future__ import annotations

from tests.conftest import layout_roles

PAGE = """城东工会
职工书屋来了新书
2025年02月10日 17:45 江苏
近日，城东区总工会为辖区12家职工书屋配送图书1200册。
职工们纷纷到书屋借阅。
来源：城东区总工会
"""


def test_the_account_name_is_no_kicker():
    roles = layout_roles(PAGE)
    assert roles["职工书屋来了新书"] == ("headline", 0)
    assert roles["城东工会"][1] is None
