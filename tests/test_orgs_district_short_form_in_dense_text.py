"""A district's short form (区总工会, 区委) in a dense text naming several districts of
China (a yearbook's chronicle, a round-up): read as the district named last before it,
not the one the text names first or most (issue 10). Text and people are invented; the
places are real places of China, as the reference data holds them."""

from __future__ import annotations

from tests.conftest import page_facts


def resolved(text):
    """(printed, resolved name) of every organisation mention of a page."""
    facts = page_facts(text)
    return {(o.name_as_written, o.resolved.name) for a in facts.articles for o in a.orgs}


def test_a_district_federation_short_form_is_of_the_district_named_just_before():
    text = (
        "12日，省总工会领导一行来杭州调研。上城区领导柯南山，上城区总工会领导邬晴参加。"
        "上城区总工会介绍了做法。\n\n"
        "14日，市总工会主席赴萧山区开展送温暖活动。萧山区领导柏云，区总工会领导葛秋实等参加。"
    )
    found = resolved(text)
    assert ("区总工会", "萧山区总工会") in found
    assert ("区总工会", "上城区总工会") not in found


def test_a_district_short_form_before_any_district_is_named_keeps_the_articles_reading():
    text = "区总工会召开会议。会后赴萧山区企业调研，萧山区总工会负责人参加。"
    found = resolved(text)
    assert ("区总工会", "萧山区总工会") in found
