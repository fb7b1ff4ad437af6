"""A private company's union printed first under its registered name with its places
(某市某区美合电器有限公司工会) and then by its brand (美合电器工会, 恒屹集团工会) is one
body: the short name leaves out the places and the company form, as 北汽集团 leaves out
北京. A short name that cuts into the brand, or another district's federation, is no
abbreviation. Invented companies."""

from __future__ import annotations

from gonghui_build.extract.organisations.abbreviations import is_abbreviation
from tests.conftest import first_article_resolved


def test_the_brands_union_is_the_registered_companys():
    assert is_abbreviation("美合电器工会", "佛山市顺德区美合电器有限公司工会")
    assert is_abbreviation("美合电器工会", "顺德区美合电器有限公司工会")


def test_a_groups_union_leaves_out_province_and_trade():
    assert is_abbreviation("恒屹集团工会", "浙江恒屹机电集团有限公司工会")


def test_a_cut_brand_or_another_districts_federation_is_no_abbreviation():
    assert not is_abbreviation("合电器工会", "佛山市美合电器有限公司工会")
    assert not is_abbreviation("南海区总工会", "佛山市顺德区总工会")


def test_the_article_resolves_the_brands_union_to_the_full_name():
    found = first_article_resolved(
        "记者走访佛山市顺德区美合电器有限公司工会。美合电器工会与公司完成了工资集体协商。"
    )
    assert found == {"佛山市顺德区美合电器有限公司工会"}
