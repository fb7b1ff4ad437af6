"""An e-paper prints an item's headline over two lines, broken inside a word
(``城南区总工会为环卫工`` / ``人送去清凉包``), and its index prints the title whole. Read
on real_dev25: the first line was taken for the kicker and the rest for the headline. A
kicker ends where its phrase ends, so a break inside a word makes one headline. Invented
page in that shape."""

from __future__ import annotations

from gonghui_build.layout.broken_titles import broken_mid_word as _broken_mid_word
from tests.conftest import layout_roles

PAGE = """松川数字报
第03版：工会新闻
2023年7月4日 星期二
城南区总工会为环卫工人送去清凉包
区职工羽毛球赛开赛
城南区总工会为环卫工
人送去清凉包
本报讯（通讯员 许沐阳）7月3日，城南区总工会副主席方可远带队到配送站点，为80名环卫工人送去清凉包。
区职工羽毛球赛开赛
本报讯（记者 林知夏）7月2日，区职工羽毛球赛开赛，20支队伍参赛。
"""


def test_the_two_lines_are_one_headline():
    roles = layout_roles(PAGE)
    assert roles["城南区总工会为环卫工"] == ("headline", 0)
    assert roles["人送去清凉包"] == ("headline", 0)


def test_a_break_between_words_is_no_break_inside_one():
    assert _broken_mid_word("城南区总工会为环卫工", "人送去清凉包")
    assert not _broken_mid_word("某县", "职工象棋赛开赛")


def test_a_short_word_or_a_short_line_is_not_enough():
    """A two-character word cut (``骑|手``) or a line shorter than a title's part gives
    no evidence of its own: the lines may be a kicker and a headline still."""
    assert not _broken_mid_word("城南区总工会为外卖骑", "手送去清凉包")
    assert not _broken_mid_word("环卫", "工人送去清凉包")
