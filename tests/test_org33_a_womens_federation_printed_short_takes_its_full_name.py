"""``县妇联``: a women's federation printed by its abbreviation is completed to its full
name, as the guidelines ask of every body (某县妇女联合会, the printed form an alias);
one the gazetteer holds takes the name there (全国妇联 → 中华全国妇女联合会). Text and
people invented, the county real."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_BODY = "3月5日，盐亭县总工会联合县妇联开展女职工健康筛查。县妇联主席李秀云出席启动仪式。"


def test_the_county_federation_is_named_in_full():
    found = first_article_resolved(_BODY)
    assert "盐亭县妇女联合会" in found
    assert "盐亭县妇联" not in found


def test_the_chair_is_at_the_federation_named_in_full():
    assert ("李秀云", "主席", "盐亭县妇女联合会") in first_article_positions(news_page(_BODY))


def test_the_national_federation_takes_the_gazetteers_name():
    found = first_article_resolved("3月5日，全国妇联和省总工会联合开展女职工关爱行动。")
    assert "中华全国妇女联合会" in found
    assert "全国妇女联合会" not in found
