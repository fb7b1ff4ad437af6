"""A profile's later post told right after a name (``其中某某后任公司某班班长``): jieba
reads the verb and its adverb as one noun (后任/n), so the walk left from the body's
suffix ran through it into the name before and read ``某某后任公司某班`` as one body,
which hid the person. A person's name followed by a career's verb opens no body: the
body begins after the verb. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_the_body_begins_after_the_verb() -> None:
    orgs = first_article_orgs("其中符嘉远后任公司裂解班班长。")
    assert not any("符嘉远" in o for o in orgs)


def test_a_body_after_a_career_verb_alone_is_as_before() -> None:
    orgs = first_article_orgs("符嘉远2019年后任海川市总工会副主席。")
    assert "海川市总工会" in orgs
