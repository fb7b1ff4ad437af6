"""A coal mine named by one word of the language (石门煤矿, 运通煤矿, 胜利煤矿和光明煤矿)
visited or listed is a body: jieba reads the name as a common or a verbal noun, so the
name held no particular word and the mine was lost (found only when a post followed it).
Near misses: a word for a kind of mine (井工, 重点, 生产) or a qualifier jieba tags as a
distinguishing word (国有, 大型) names no mine; a province's mine union stays its own.
Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_mine_visited_is_a_body():
    found = first_article_resolved("省煤矿工会主席张建国一行来到石门煤矿慰问井下职工。")
    assert found == {"省煤矿工会", "石门煤矿"}


def test_a_mine_named_by_a_verbal_noun_after_a_preposition():
    assert "运通煤矿" in first_article_resolved("市总工会副主席李红到运通煤矿调研。")


def test_two_mines_listed():
    found = first_article_resolved("县总工会慰问了胜利煤矿和光明煤矿的困难职工。")
    assert {"胜利煤矿", "光明煤矿"} <= found


def test_kinds_of_mine_name_none():
    found = first_article_resolved("检查组到生产煤矿、建设煤矿和国有煤矿检查大型煤矿的安全。")
    assert not any(name.endswith("煤矿") for name in found)


def test_a_mine_with_its_head_as_before():
    text = news_page("市总工会来到石门煤矿。石门煤矿矿长孙立介绍了情况。")
    assert ("孙立", "矿长", "石门煤矿") in first_article_positions(text)
