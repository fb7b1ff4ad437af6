"""A regional paper closes an item with its writer's name after a circle, run on after
the last sentence (``…比赛。○林知夏``), as others close theirs after a square
(``■某某``). Read on real_dev25: the circle's name stayed in the text, a person of the
item and no author. Invented item in that shape."""

from __future__ import annotations

from gonghui_build.layout.end_credits import end_credit_start
from tests.conftest import layout_roles

PAGE = """青河
职工象棋赛开赛
6月6日，青河县总工会主办的职工象棋赛开赛，80余名选手参赛。○林知夏
"""


def test_the_circle_and_name_are_the_item_credit():
    text = "6月6日，青河县总工会主办的职工象棋赛开赛，80余名选手参赛。○林知夏"
    assert end_credit_start(text) == text.index("○")
    roles = layout_roles(PAGE)
    assert roles["○林知夏"] == ("byline", 0)


def test_a_circle_inside_a_year_is_no_credit():
    assert end_credit_start("全县职工参加了二○一九") is None
