"""各县（市）区总工会: levels of place listed with a bracketed level between them name the
federations of every county, city and district, no 区总工会 of one place. Invented text."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_a_bracketed_level_before_a_federation_makes_it_a_kind():
    orgs = first_article_orgs("各县（市）区总工会负责人参加了会议。")
    assert not any(o.endswith("区总工会") for o in orgs)


def test_a_federation_named_in_full_is_kept():
    # near miss: a district named, one body
    orgs = first_article_orgs("南平区总工会负责人参加了会议。")
    assert "南平区总工会" in orgs or any(o.endswith("南平区总工会") for o in orgs)


def test_levels_jieba_glues_to_each_still_make_a_kind():
    """各县 is one word of jieba's; the levels are read from the words ending before the
    name, wherever they start (review of s54)."""
    from gonghui_build.extract.organisations.indefinite import _after_bracketed_level
    from gonghui_build.text.tokenizer import tag_tokens

    text = "全市各县（市、区）总工会"
    assert _after_bracketed_level(tag_tokens(text), text.index("总工会"))
