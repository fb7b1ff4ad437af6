"""A federation's spokesperson printed first in a chain before a department's head
(全总新闻发言人、宣教部部长某某, as press conferences of the national federation are
reported) is a post of its own, and 宣教部, the short name of a federation's 宣传教育部,
is a department of the federation before it (invented names)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts

_ACFTU = "中华全国总工会"


def test_a_spokesperson_and_the_department_after_it_are_both_read():
    found = first_article_positions(
        news_page("3月1日，全总召开新闻发布会。全总新闻发言人、宣教部部长周德明介绍了情况。")
    )
    assert ("周德明", "新闻发言人", _ACFTU) in found
    assert ("周德明", "部长", f"{_ACFTU}宣传教育部") in found


def test_the_short_department_of_a_district_federation_is_its_department():
    found = first_article_positions(news_page("丰台区总工会副主席、宣教部部长马玉兰出席活动。"))
    assert ("马玉兰", "副主席", "丰台区总工会") in found
    assert ("马玉兰", "部长", "丰台区总工会宣教部") in found


def test_a_spokesperson_named_by_no_one_is_no_person():
    page = news_page("3月1日，丰台区总工会召开发布会，新闻发言人表示，工会将继续推进帮扶。")
    assert not page_facts(page).articles[0].people


def test_a_department_under_its_former_name_after_the_federations_full_short_name():
    found = first_article_positions(news_page("全国总工会保障工作部部长孙国强出席并回答提问。"))
    assert ("孙国强", "部长", f"{_ACFTU}权益保障部") in found
