"""A zone's or sub-district's federation printed in full, then by the generic word for
its kind of area and the suffix (园区总工会, 地区总工会): the short form is that body, and
a title held there is held at it. Invented bodies and people; the districts are real."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(o.name_as_written, o.resolved.name) for o in page_facts(text).articles[0].orgs]


def test_an_area_short_form_after_the_full_name_is_that_body():
    text = news_page("日前，海淀区青枫地区总工会召开推进会。地区总工会主席柯明远通报了进展。")
    assert ("地区总工会", "海淀区青枫地区总工会") in _mentions(text)


def test_a_title_at_an_area_short_form_is_held_at_the_full_name():
    text = news_page("青松工业园区总工会开展培训。园区总工会副主席甘晓岚介绍了课程安排。")
    assert ("甘晓岚", "副主席", "青松工业园区总工会") in first_article_positions(text)


def test_an_area_short_form_after_a_determiner_stays_a_kind_of_body():
    text = news_page("青松工业园区总工会开展培训，各园区总工会选派骨干参加。")
    assert ("园区总工会", "青松工业园区总工会") not in _mentions(text)


def test_an_area_short_form_before_any_full_name_is_no_body():
    text = news_page("园区总工会开展培训，青松工业园区总工会选派骨干参加。")
    assert [w for w, _ in _mentions(text)] == ["青松工业园区总工会"]
