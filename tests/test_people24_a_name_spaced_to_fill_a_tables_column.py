"""A two-character name a table of winners prints with a blank between its characters,
to fill the width of the three-character names around it (``海  燕``, ``白  雪``), is a
person with the unit and post of its row, though jieba reads it as a word and its
surname (海, 白) is often a word too. A word of a table's cells spaced so (班  长, a
post; 代  表, a frequent word) names no one. Invented names and rows (s40, people24)."""

from __future__ import annotations

from tests.conftest import page_facts


def _page(rows: str) -> str:
    return (
        "关于表彰2024年度优秀工会积极分子的决定\n\n各基层工会：\n"
        "经研究，决定对以下同志予以表彰。\n序号　姓名　单位　职务\n" + rows + "运城市总工会\n"
    )


def _people(rows: str) -> dict[str, set[tuple[str, str | None]]]:
    facts = page_facts(_page(rows)).articles
    out: dict[str, set[tuple[str, str | None]]] = {p.name: set() for a in facts for p in a.people}
    for a in facts:
        for q in a.positions:
            out.setdefault(q.name, set()).add((q.title, q.org_written))
    return out


def test_a_spaced_name_of_a_worded_surname_is_read_with_its_post():
    rows = (
        "1　罗  兰　运城市盐湖区供水公司　工会委员\n"
        "2　海  燕　运城市第三人民医院　护士长\n"
        "3　冯  立　运城市公交公司　驾驶员\n"
    )
    people = _people(rows)
    assert "海燕" in people
    assert any(title == "护士长" for title, _ in people["海燕"])


def test_another_worded_surname_spaced_in_a_row():
    rows = (
        "1　白  雪　运城市第一中学　教师\n"
        "2　宋志远　运城市供电公司　电工\n"
        "3　韩  梅　运城市中心医院　护士\n"
    )
    assert {"白雪", "宋志远", "韩梅"} <= set(_people(rows))


def test_spaced_column_heads_name_no_one():
    rows = "序  号　姓  名　单  位　职  务\n1　宋志远　运城市公交公司　驾驶员\n"
    assert set(_people(rows)) == {"宋志远"}


def test_a_spaced_post_or_frequent_word_opening_a_row_is_no_name():
    rows = (
        "1　班  长　运城市盐湖区供水公司　工会委员\n"
        "2　代  表　运城市第三人民医院　护士长\n"
        "3　宋志远　运城市公交公司　驾驶员\n"
    )
    people = set(_people(rows))
    assert "班长" not in people and "代表" not in people
