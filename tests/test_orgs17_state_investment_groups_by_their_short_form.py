"""A state investment company printed by its short form, one field's character and 投
(工投集团, 产投集团, 城投集团, 市国投集团): jieba reads the pair as two words (工|投) or
glues the first to a going verb before it (到工|投), so the name held no proper word and
was refused as a kind of body; the group's union named after it was lost with it. Now
one character and 投 before a company's suffix names one body (``org_suffixes.yaml``
investment_short_form_endings). Seen on a city industrial investment group's news of a
city union's visits and a provincial union's survey of a city investment group's union
(session 37, orgs17). Text and events are invented."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_resolved


def test_a_group_visited_after_a_going_verb():
    found = first_article_orgs("市总工会党组书记高文山带领调研组到工投集团调研产改工作。")
    assert "工投集团" in found


def test_the_groups_union_is_named_after_it():
    text = "调研组到产投集团调研，集团工会主席钱立新陪同。"
    assert "产投集团工会" in first_article_resolved(text)


def test_a_city_investment_group_after_a_particle():
    assert "城投集团" in first_article_orgs("参观了城投集团。")


def test_a_citys_state_investment_group_by_its_level_word():
    assert "市国投集团" in first_article_orgs("一行来到市国投集团调研。")


def test_a_bare_group_is_still_no_body():
    assert first_article_orgs("一行来到集团调研。") == set()
