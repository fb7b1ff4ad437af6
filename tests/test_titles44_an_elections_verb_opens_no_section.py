"""The verb of an election before a section printed alone (选举网络部经理某某为…) is no part
of the section: the section is the enterprise's named before (某有限公司网络部), read as a
section opening a clause is (``sections_alone``). Before, the verb was read into the
section (某有限公司选举网络部). Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_an_elections_verb_is_not_read_into_the_section():
    body = "鹤城胶业有限公司召开大会，选举网络部经理吕芳为工会副主席。"
    posts = first_article_positions(news_page(body))
    assert ("吕芳", "经理", "鹤城胶业有限公司网络部") in posts


def test_a_section_opening_a_clause_is_read_as_before():
    body = "鹤城胶业有限公司召开大会，网络部经理吕芳发言。"
    assert first_article_positions(news_page(body)) == {("吕芳", "经理", "鹤城胶业有限公司网络部")}
