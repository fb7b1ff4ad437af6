"""A bare 公司 in a paragraph that prints one of several companies listed before by its
brand alone (某某钢铁炼铁厂高炉工长, …，现任公司首席技师) is that company, not the one
listed last. Invented names, bodies and events (s52, titles53)."""

from __future__ import annotations

from tests.conftest import first_article_positions

_LEAD = (
    "三家创新工作室揭牌\n\n本报讯 9月20日，三家创新工作室揭牌。揭牌的工作室是：\n"
    "河北华泰钢铁有限公司王长林创新工作室\n"
    "河北润丰供水有限公司刘春雷创新工作室\n"
    "河北新材料化工集团有限公司赵晓红创新工作室\n"
)


def test_a_bare_company_is_the_one_its_brand_named_in_the_paragraph() -> None:
    found = first_article_positions(_LEAD + "王长林是华泰钢铁炼铁厂工长，现任公司首席技师。\n")
    assert ("王长林", "首席技师", "河北华泰钢铁有限公司") in found
    assert ("王长林", "首席技师", "河北新材料化工集团有限公司") not in found


def test_a_bare_company_with_no_brand_before_it_is_the_last_listed() -> None:
    found = first_article_positions(_LEAD + "赵晓红现任公司首席技师。\n")
    assert ("赵晓红", "首席技师", "河北新材料化工集团有限公司") in found
