"""A provincial paper's item filed from a city opens with the place's wire and its day, no
agency named, the reporter in brackets after it (``湛江9月14日电（记者 某某）今天上午，…``).
Read on real_dev27: it was taken for the text's first words, and the item, with no
dateline, for ``other``. Invented page in that shape."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = """第02版：工会新闻
2022年5月10日 星期二
柳城：环卫工人领到防暑包
柳城5月9日电（记者 韦青禾）昨天上午，柳城市总工会为120名环卫工人送去防暑包。
市总工会副主席梁远山说，今年将走访慰问户外劳动者2000人。
"""


def test_the_wire_opens_the_items_dateline():
    roles = [role for role, _ in layout_articles(PAGE)[0]]
    assert roles[:2] == ["headline", "dateline"]


def test_a_day_and_a_phone_call_open_no_dateline():
    page = PAGE.replace("柳城5月9日电（记者 韦青禾）", "柳城5月9日电话回访（记者 韦青禾）")
    assert "dateline" not in [role for role, _ in layout_articles(page)[0]]
