"""A WeChat post names its account once, under its title and over the stamp row of when
and where it was posted (``2025年9月27日 18:06 福建``): that short line is the account's
name, the page's banner, not the second line of the headline (it was glued on to the
title). A line of words with a comma over such a row is no name (invented text)."""

from __future__ import annotations

from tests.conftest import layout_heads

TEXT = "9月25日，青禾市总工会在东坪区举办职工技能竞赛，来自全市12支代表队的60名选手参加。\n"


def _page(account: str) -> str:
    return f"三天比拼五个项目，青禾职工技能竞赛落幕\n{account}\n2025年9月27日 18:06 福建\n{TEXT}"


def test_an_accounts_name_over_a_bare_stamp_row_is_no_headline() -> None:
    assert layout_heads(_page("青禾职工")) == [
        [("headline", "三天比拼五个项目，青禾职工技能竞赛落幕")]
    ]


def test_a_phrase_with_a_comma_over_the_row_is_no_accounts_name() -> None:
    heads = [t for a in layout_heads(_page("技能比武，青禾先行")) for _, t in a]
    assert "技能比武，青禾先行" in heads
