"""某集团有限公司二〇一车间 首席技师: a winners' list line's unit numbered with the circle
zero (〇, a numeral no ideograph range holds) keeps it, the post held at 二〇一车间, not
at 二一车间 with the numeral dropped. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import page_facts

_PAGE = (
    "部分获奖者名单：\n"
    "焊工：郑立言（青禾重型机械集团有限公司三〇二车间 首席技师）\n"
    "钳工：江明远（青禾重型机械集团有限公司机修分厂 一级技师）\n"
)


def test_a_units_number_with_circle_zero_is_kept_in_its_name():
    found = {
        (p.name, p.title_normalised, p.org.name if p.org else None)
        for a in page_facts(_PAGE).articles
        for p in a.positions
    }
    assert ("郑立言", "首席技师", "青禾重型机械集团有限公司三〇二车间") in found
