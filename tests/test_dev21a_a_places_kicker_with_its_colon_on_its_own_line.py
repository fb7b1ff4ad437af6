"""A provincial workers' paper sets the place an item comes from, with a colon, on a line
of its own over the headline (``某市某县：`` / ``“娘家人”进园区`` / ``本报讯（记者 某）…``),
and its index prints the two on one line. Read on real_dev21: the place's line was taken
for a paragraph of the item above, and the index's line, printed nowhere else whole, for
that item's kicker. Invented page in that shape."""

from __future__ import annotations

from tests.conftest import layout_furniture, layout_heads

PAGE = """东江工人报
第03版：基层动态
2024年5月10日 星期五
东江造船厂召开职工代表大会
惠州博罗：职工书屋开进工地
东江造船厂召开职工代表大会
本报讯 5月8日，东江造船厂召开第五届职工代表大会第二次会议，180名代表出席。
会议审议通过了厂务公开实施办法。
惠州博罗：
职工书屋开进工地
本报讯（记者 房慕白）5月6日，博罗县总工会在县城一处工地建成职工书屋，藏书800册。
"""


def test_the_place_and_its_colon_are_the_second_items_kicker():
    heads = layout_heads(PAGE)
    assert heads[1] == [("kicker", "惠州博罗："), ("headline", "职工书屋开进工地")]


def test_the_index_line_is_furniture_and_no_kicker_of_the_first_item():
    assert layout_heads(PAGE)[0] == [("headline", "东江造船厂召开职工代表大会")]
    assert "惠州博罗：职工书屋开进工地" in layout_furniture(PAGE)


def test_a_phrase_that_names_no_place_stays_text():
    page = PAGE.replace("惠州博罗：\n", "据了解：\n")
    assert ("kicker", "据了解：") not in layout_heads(page)[-1]
