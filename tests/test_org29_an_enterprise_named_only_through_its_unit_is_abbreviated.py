"""An enterprise the article names in full only through a unit of it (a subtitle's
——记某区某某机械有限公司焊接班) and then by its short form (某某机械公司, 公司工会): the
short form is that enterprise, and its union and unit are the full name's (ANNOTATION.md:
short forms are completed from context; an enterprise's union is ``<enterprise>工会``), as
an enterprise named only through its union already was. Invented names."""

from __future__ import annotations

from gonghui_build.extract.organisations.abbreviated_units import enterprises_of_units
from tests.conftest import first_article_positions

_PAGE = (
    "巾帼焊花别样红\n"
    "——记张店区鸿翔机械有限公司焊接班\n"
    "4月的一个清晨，在鸿翔机械公司焊接车间，公司焊接班班长邵雨晴正带着7名女焊工调试新设备。"
    "公司工会主席冼志刚说，焊接班去年获评市级工人先锋号。\n"
)


def test_the_enterprise_a_unit_opens_with_is_read_out():
    assert enterprises_of_units({"张店区鸿翔机械有限公司焊接班"}) == {"张店区鸿翔机械有限公司"}


def test_a_short_form_opening_a_unit_is_no_full_name():
    assert enterprises_of_units({"闽海港务集团江阴分公司"}) == set()


def test_the_short_forms_union_and_unit_are_the_full_names():
    found = first_article_positions(_PAGE)
    assert ("冼志刚", "主席", "张店区鸿翔机械有限公司工会") in found
    assert ("邵雨晴", "班长", "张店区鸿翔机械有限公司焊接班") in found
