"""走访甲区、乙区12家企业 'visited 12 enterprises in district A and district B': the
districts before the count say where the firms are; the build took each for a firm
listed by its short name (real_dev22). Firms listed by their trade names before the
count stay companies. Text is invented (s53, dev22b)."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_districts_before_a_count_of_enterprises_are_no_companies():
    found = first_article_orgs("慰问团于1月28日深入铁西区、立山区12家企业，慰问坚守岗位的职工。")
    assert "铁西区" not in found and "立山区" not in found


def test_trade_names_before_a_count_of_enterprises_stay_companies():
    found = first_article_orgs("慰问团于1月28日深入鑫泰纺织、宏远化工等12家企业，慰问职工。")
    assert "鑫泰纺织" in found
