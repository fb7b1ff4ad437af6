"""A surname-like character before an organisation's suffix of two characters or more
(段工会主席: a railway depot's union by its short form, 段 of 机务段) is no person's name:
段工会 was read as a person holding the chair. Near misses: a given name that merely
opens like a suffix (严公平) and a one-character suffix in a given name (刘启科) stay
names. Invented bodies and people."""

from __future__ import annotations

from gonghui_build.text.names import is_name_after_title, is_plausible_name
from tests.conftest import page_facts


def test_a_surname_and_a_union_is_no_name():
    assert not is_plausible_name("段工会", True)
    assert not is_name_after_title("段工会")


def test_a_surname_and_a_company_is_no_name():
    assert not is_plausible_name("严公司", False)


def test_names_that_open_like_a_suffix_stay_names():
    assert is_plausible_name("严公平", False)
    assert is_plausible_name("刘启科", False)


def test_a_depots_union_by_its_short_form_names_no_person():
    facts = page_facts(
        "白河机务段工会开展亲子活动\n本报讯 白河机务段工会开展亲子活动。段工会主席刘振海出席活动。"
    )
    names = {p.name for a in facts.articles for p in a.people}
    assert "段工会" not in names
