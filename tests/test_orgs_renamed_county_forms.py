"""A county renamed one to one (``reference/renamings.yaml``: 崇礼县 became 张家口市崇礼区
in 2016) is read as its current place (issue 10): its federation takes the current name,
and the bare 县总工会 that follows is that place's, not the other county whose name the
former one ends with (礼县 of 甘肃). Text and people are invented; the places are real."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def resolved_names(body: str) -> dict[str, str]:
    """Printed form → full name of the first article of a news page of ``body``."""
    return {o.written: o.resolved.name for o in page_facts(news_page(body)).articles[0].orgs}


def test_a_renamed_countys_federation_takes_its_current_name():
    found = resolved_names("12月2日，崇礼县总工会为雪场一线职工送去棉衣和热饮。")
    assert found["崇礼县总工会"] == "张家口市崇礼区总工会"


def test_a_bare_county_federation_after_a_renamed_county_is_that_countys_not_the_tail_county():
    found = resolved_names(
        "12月2日，崇礼县总工会走访雪场，县总工会副主席范若溪向坚守岗位的职工送去慰问品。"
    )
    assert found["县总工会"] == "张家口市崇礼区总工会"


def test_the_county_the_former_name_ends_with_keeps_its_own_bodies():
    found = resolved_names("3月5日，礼县总工会举办女职工健康讲座，县总工会主席到会讲话。")
    assert found["礼县总工会"] == "礼县总工会"
    assert found["县总工会"] == "礼县总工会"
