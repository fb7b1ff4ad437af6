"""In a town's chain a short form opening with the town's level (镇总工会) after a unit
named with the town (镇党委委员、武装部部长、镇总工会主席; 某镇卫生院院长、镇总工会副主席)
is that town's federation, as it is right after the town itself; the build left the
chair with no body when the town's armed forces department came between. Invented
names and towns."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_the_towns_federation_after_its_armed_forces_department():
    body = "百花镇党委委员、武装部部长、镇总工会主席刘建业带队来到企业一线。"
    assert _posts(body, "刘建业") == {
        ("委员", "百花镇党委"),  # a town's 党委: org35
        ("部长", "百花镇武装部"),
        ("主席", "百花镇总工会"),
    }


def test_the_towns_federation_after_its_health_centre():
    body = "百花镇卫生院院长、镇总工会副主席刘建业带队慰问一线职工。"
    assert ("副主席", "百花镇总工会") in _posts(body, "刘建业")


def test_the_towns_federation_right_after_the_town_is_unchanged():
    body = "百花镇党委副书记、镇总工会主席刘建业带队来到企业一线。"
    assert _posts(body, "刘建业") == {("副书记", "百花镇党委"), ("主席", "百花镇总工会")}
