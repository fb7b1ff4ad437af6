"""A career's verb of taking a post (任, 后任, 后又任: ``titles.yaml`` career_post_verbs,
career_post_adverbs) that jieba glues to the short form after it (后任/n, 任区/n) is no
part of the body's name: ``…，后任市总工会法律顾问`` and ``2021年起任区总工会党组书记``
name 市总工会 and 区总工会, and no body named 后任市总工会 or 任区总工会 is listed. Near
miss: a place named with 任 (任丘市, 任城区) keeps it. Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.organisations.career_openings import after_career_verb
from tests.conftest import first_article_orgs


def test_a_later_post_glued_to_a_citys_federation_leaves_the_verb_out():
    body = "青禾县总工会法律服务站的主任韩立曾是执业律师，后任市总工会法律顾问，熟悉合同。"
    orgs = first_article_orgs(body)
    assert "后任市总工会" not in orgs
    assert not any(name.startswith("任") for name in orgs)


def test_a_post_held_from_a_year_begins_after_ren():
    text = "甘某，2019年起任区总工会党组书记"
    begin = text.index("任")
    assert after_career_verb(text, begin, text.index("总工会")) == begin + 1


def test_the_adverb_and_the_verb_both_stay_out():
    text = "其后又任市总工会副主席"
    assert after_career_verb(text, 2, text.index("总工会")) == 4


def test_a_place_named_with_ren_keeps_it():
    for text in ("任丘市总工会", "任城区总工会"):
        assert after_career_verb(text, 0, text.index("总工会")) == 0


def test_the_verb_alone_before_the_suffix_is_left_as_it_is():
    text = "后任总工会"
    assert after_career_verb(text, 0, text.index("总工会")) == 0


def test_a_company_from_a_year_leaves_the_verb_out():
    text = "他2017年任青禾汽车集团公司董事长"
    begin = text.index("任")
    assert after_career_verb(text, begin, text.index("公司")) == begin + 1


def test_a_bare_ren_opening_a_brand_is_left_as_it_is():
    text = "任重公司工会"
    assert after_career_verb(text, 0, text.index("公司")) == 0
