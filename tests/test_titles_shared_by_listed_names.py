"""Names listed with 、 after a title printed before the list's first name hold that
title too, also where the language model, not the title rules, found the list's names
(副县长甲、乙: a given name that is a word keeps the title rules from the first name;
invented names, places and bodies)."""

from __future__ import annotations

from tests.conftest import first_article_positions


def _page(body: str) -> str:
    return "石湾县召开职工座谈会\n" + body + "\n"


def test_a_name_listed_after_a_titled_name_of_no_body_holds_the_same_title():
    found = first_article_positions(_page("12月5日，石湾县召开座谈会，副县长祁光辉、林月明出席。"))
    assert ("林月明", "副县长", None) in found


def test_the_listed_name_holds_the_title_at_the_body_named_before():
    found = first_article_positions(
        _page("12月5日，青禾师范大学召开座谈会，副校长祁光辉、林月明等校领导出席。")
    )
    assert ("林月明", "副校长", "青禾师范大学") in found
