"""Activities (s37): a union's people going to a site's front line (来到某物流园区一线，
慰问…; 深入某厂生产一线) or to a works' site (深入某项目施工现场，为一线职工送去清凉) make a
visit, its place the site without 一线: summer visits of city, district and industry
unions on real pages are told so. Going to a place with no site word (深入到环卫、道班
等一线) stays as it was. Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def visits(text: str):
    return [a for a in find_activities([text]) if a.category == Category.visit]


def test_going_to_a_sites_front_line_then_visiting_is_a_visit_at_the_site():
    out = visits("7月20日，区总工会主席柏云舟来到恒通物流园区一线，慰问装卸工人。")
    assert len(out) == 1
    assert out[0].place == "恒通物流园区"


def test_the_production_front_line_of_a_works_is_its_site():
    out = visits("7月20日，区总工会主席柏云舟来到华兴钢铁公司生产一线，看望慰问炉前工人。")
    assert len(out) == 1
    assert out[0].place == "华兴钢铁公司"


def test_going_to_a_works_site_to_bring_coolness_is_a_visit():
    out = visits("7月18日，区总工会负责人深入城西快速通道项目施工现场，为一线职工送去清凉。")
    assert len(out) == 1
    assert out[0].place == "城西快速通道项目施工现场"


def test_coolness_sent_from_nowhere_gone_to_is_no_visit():
    assert visits("7月18日，区总工会为全区一线职工送去清凉。") == []


def test_a_site_without_its_front_line_keeps_its_place():
    out = visits("7月20日，区总工会主席柏云舟来到恒通物流园区，慰问装卸工人。")
    assert len(out) == 1
    assert out[0].place == "恒通物流园区"
