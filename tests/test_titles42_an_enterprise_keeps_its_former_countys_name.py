"""An enterprise named with a former Beijing county's name (密云县印刷厂), or by a short
form of the county (县印刷厂) in an item that prints the county's name (通县总工会…), keeps
that name: an enterprise keeps the name it was registered under (``renamings.yaml``),
and the build gave it the district the county became (通州区印刷厂, 密云区印刷厂). Near
misses: the county's own federation still takes the district's name (密云县总工会 →
密云区总工会, 县总工会 → 通州区总工会), and a short form in an item of the district
(区印刷厂 after 通州区总工会) is that district's. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_short_form_of_a_county_plant_keeps_the_county_printed():
    body = "通县总工会召开大会。县印刷厂排字工韩丽代表受表彰的女职工发言。"
    assert _posts(body) == {("韩丽", "排字工", "通县印刷厂")}


def test_a_full_name_of_a_county_plant_kept():
    body = "密云县印刷厂排字工韩丽说，工会的夜校办到了车间门口。"
    assert _posts(body) == {("韩丽", "排字工", "密云县印刷厂")}


def test_the_countys_federation_takes_the_districts_name():
    assert _posts("密云县总工会主席韩立出席。") == {("韩立", "主席", "密云区总工会")}
    body = "通县总工会召开大会。县总工会副主席韩丽宣读表彰决定。"
    assert _posts(body) == {("韩丽", "副主席", "通州区总工会")}


def test_a_short_form_in_an_item_of_the_district_unchanged():
    body = "通州区总工会召开大会。区印刷厂排字工韩丽代表受表彰的女职工发言。"
    assert _posts(body) == {("韩丽", "排字工", "通州区印刷厂")}
