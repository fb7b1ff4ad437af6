"""An e-paper page lists its items' titles under the date, and its first item prints a
headline that differs from its index line, with a dashed deck under it and a byline row.
Read on real_dev18: the walk along the index's run took that headline for one more
index title, since the deck under it is a display line too, and the item lost its head.
A deck goes with what follows it: over a byline it belongs to the head above. Invented
page in that shape."""

from __future__ import annotations

from tests.conftest import layout_furniture, layout_heads

PAGE = """青原职工报
第03版：综合新闻
2023年5月10日 星期三
纺织集团职代会审议集体合同
交通系统工会举办驾驶员技能比武
纺织集团召开三届四次职工代表大会
——审议通过工资集体协议
本报记者 邬启航 通讯员 柯雨桐
5月8日，青原纺织集团三届四次职工代表大会在集团礼堂召开，160名职工代表出席。
集团工会主席邬明主持会议。
交通系统工会举办驾驶员技能比武
本报讯（记者 林可）5月9日，青原市交通系统工会举办驾驶员技能比武，62名选手参赛。
"""


def test_the_headline_over_the_deck_heads_its_item():
    heads = layout_heads(PAGE)
    assert heads[0] == [("headline", "纺织集团召开三届四次职工代表大会")]
    assert heads[1] == [("headline", "交通系统工会举办驾驶员技能比武")]


def test_the_index_lines_stay_furniture():
    furniture = layout_furniture(PAGE)
    assert "纺织集团职代会审议集体合同" in furniture
    assert "纺织集团召开三届四次职工代表大会" not in furniture


def test_an_index_title_with_its_deck_between_titles_stays_in_the_index():
    page = PAGE.replace("集体合同\n交通", "集体合同\n——审议通过工资协议\n交通", 1)
    assert "纺织集团职代会审议集体合同" in layout_furniture(page)
