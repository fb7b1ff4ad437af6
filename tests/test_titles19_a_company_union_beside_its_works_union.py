"""A company's union and the union of one of its works (某公司工会, 某公司重型装备厂工会)
are two organisations: the shorter name is the company's own, never a short form of
the works' union. A short form that leaves out no unit still abbreviates its body.
Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.organisations.abbreviations import is_abbreviation
from tests.conftest import first_article_positions


def test_a_company_union_is_no_short_form_of_its_works_union():
    assert not is_abbreviation(
        "东岭重工机械股份有限公司工会", "东岭重工机械股份有限公司重型装备厂工会"
    )
    assert not is_abbreviation("东岭机床有限公司工会", "东岭机床有限公司三车间工会")


def test_short_forms_that_leave_out_no_unit_still_abbreviate():
    assert is_abbreviation("密云区工会", "密云区总工会")
    assert is_abbreviation("北汽集团", "北京汽车集团有限公司")


def test_the_company_unions_chair_and_the_works_unions_chair_stay_apart():
    text = (
        "某某简讯\n\n本报讯 调研组到东岭重工机械股份有限公司调研。在公司重型装备厂，厂长周建平和"
        "厂工会主席郭春兰汇报了技能人才培养情况。\n东岭重工党委副书记、工会主席贾玉林表示，将继续深化改革。\n"
    )
    positions = first_article_positions(text)
    assert ("贾玉林", "主席", "东岭重工机械股份有限公司工会") in positions
    assert ("贾玉林", "主席", "东岭重工机械股份有限公司重型装备厂工会") not in positions
