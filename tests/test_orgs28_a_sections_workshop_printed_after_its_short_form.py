"""A railway section's workshop printed after the section's short form (段运用车间工会,
段检修车间主任某某, after 某机务段 was named) is that section's unit, as 公司质检中心 is the
company's (``unit_openers``): the union was read back as 某机务段段运用车间工会 (段 twice)
and the workshop director's post held nowhere. Near miss: the section's own union stays.
Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_DEPOT = "青河机务段工会开展亲子活动。"


def test_a_workshops_union_is_the_sections_unit():
    found = first_article_resolved(_DEPOT + "段运用车间工会主席马文涛出席。")
    assert "青河机务段运用车间工会" in found
    assert not any("段段" in name for name in found)


def test_a_workshop_directors_post_is_held_at_the_section():
    text = news_page("青河机务段开展安全大检查。段检修车间主任刘一鸣介绍情况。")
    held = {org for name, _, org in first_article_positions(text) if name == "刘一鸣"}
    assert held and all(org and org.startswith("青河机务段") for org in held)


def test_the_sections_own_union_stays():
    text = news_page(_DEPOT + "段工会主席马文涛出席活动。")
    assert ("马文涛", "主席", "青河机务段工会") in first_article_positions(text)
