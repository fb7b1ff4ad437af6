"""Mongolian names whose first element is Erdene spelt 额日敦 (日 for the r, as in 萨日娜)
rather than 额尔敦: read whole after a post and after 劳模, not cut to 额日. Invented
names, bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾旗总工会看望劳模\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_name_of_erdene_spelt_with_ri_after_a_post_is_read_whole():
    assert _people("青禾盟工会副主席额日敦巴雅尔讲话。") == ["额日敦巴雅尔"]


def test_a_name_of_erdene_spelt_with_ri_before_saying_is_a_person():
    assert _people("全国劳模额日敦巴雅尔说，要扎根草原。") == ["额日敦巴雅尔"]
