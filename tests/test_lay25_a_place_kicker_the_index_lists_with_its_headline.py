"""An index lists an item as ``青河 职工象棋赛开赛``, the item prints the place alone over
its headline (``青河`` / ``职工象棋赛开赛``). Read on real_dev25: after an item signed on
its own byline line, the two lines were taken for a caption and a section heading of
that item. They open an item of their own, the place its kicker. Invented page."""

from __future__ import annotations

from tests.conftest import layout_roles

PAGE = """松川工人报
2023年6月9日 星期五
第01版：要闻
城西“职工驿站”延长开放时间
青河 职工象棋赛开赛
城西“职工驿站”延长开放时间
记者 林知夏 报道
记者日前从城西区总工会获悉，全区46个“职工驿站”开放时间延长至每天14小时。
区总工会副主席方可远说，驿站将常年开放。
青河
职工象棋赛开赛
6月6日，青河县总工会主办的职工象棋赛开赛，80余名选手参赛。○许沐阳
"""


def test_the_place_and_headline_open_an_item_of_their_own():
    roles = layout_roles(PAGE)
    assert roles["青河"] == ("kicker", 1)
    assert roles["职工象棋赛开赛"] == ("headline", 1)
    assert roles["城西“职工驿站”延长开放时间"][1] in (None, 0)
