"""城区 is the full name of some districts (阳泉市城区): a body it opens keeps it
(阳泉市城区总工会, 城区人民医院) rather than being cut to a bare 总工会 or 人民医院,
while 城区 as a word for a town's streets names no body. Invented sentences."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _orgs(body: str) -> set[str]:
    return {o.written for a in page_facts(news_page(body)).articles for o in a.orgs}


def _titled_at(body: str) -> set[str | None]:
    return {p.org_written for a in page_facts(news_page(body)).articles for p in a.positions}


def test_a_district_named_cheng_qu_opens_its_federation() -> None:
    assert "阳泉市城区总工会" in _orgs("6月2日，阳泉市城区总工会举办职工培训。")


def test_a_title_at_a_body_cheng_qu_opens_keeps_the_district() -> None:
    found = _titled_at("6月2日，阳泉市城区总工会举办培训，城区人民医院护士长柯雨晴参加。")
    assert "城区人民医院" in found and "人民医院" not in found


def test_cheng_qu_as_the_towns_streets_names_no_body() -> None:
    assert not _orgs("6月2日，慰问组来到城区多个环卫工人休息点，送去清凉用品。")
