"""A profile's headline is a quotation set over two lines (``“把每件产品`` / ``都做成精品”``)
under a kicker, and the page's index prints the quotation whole. Read on real_dev25: the
quotation's first line was taken for the kicker and the line over it for a banner. A
line that opens a quotation the next line closes is no kicker. Invented page."""

from __future__ import annotations

from tests.conftest import layout_roles

PAGE = """松川职工报
2021年11月5日 星期五 第06版：劳模风采
“把每件产品都做成精品”
班组里的“读书角”
从学徒到“车工状元”
“把每件产品
都做成精品”
——记松川机床厂车工班班长林知夏
文/本报记者 方可远
清晨7点，林知夏已经站在车床边，检查当天要加工的零件。
今年9月，他在全市车工技能竞赛中夺得第一名。
班组里的“读书角”
□许沐阳
每周五下午，装配班组都会腾出半小时读书。
半年下来，班组的读书角添了两百本书。
"""


def test_the_quotation_is_the_headline_under_its_kicker():
    roles = layout_roles(PAGE)
    assert roles["从学徒到“车工状元”"] == ("kicker", 0)
    assert roles["“把每件产品"] == ("headline", 0)
    assert roles["都做成精品”"] == ("headline", 0)
