"""The name and the verb of an appointment or a removal are no part of the body the post
is held at: 某某同志任|市总工会办公室主任 (jieba's 任市 glues the verb to the level word),
免去某某同志|市总工会某办公室主任职务. Near miss: a place named with the verb's character
(任丘市) is not cut. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_a_comrade_appointed_to_a_city_unions_office_is_not_in_its_name():
    orgs = first_article_orgs("郑小川同志任市总工会办公室主任。")
    assert "市总工会办公室" in orgs
    assert not any(o.startswith("郑小川") for o in orgs)


def test_a_name_appointed_with_no_address_word_is_not_in_it_either():
    orgs = first_article_orgs("郑小川任市总工会办公室主任。")
    assert not any(o.startswith("郑小川") for o in orgs)


def test_a_removed_comrade_is_not_in_the_body_of_the_post():
    orgs = first_article_orgs("免去郑小川同志市总工会经费审查委员会办公室主任职务。")
    assert "市总工会经费审查委员会办公室" in orgs
    assert not any(o.startswith("郑小川") for o in orgs)
