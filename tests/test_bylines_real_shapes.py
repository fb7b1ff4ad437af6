"""Bylines as real pages print them (invented names)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline


def test_a_byline_printed_without_spaces_splits_at_each_role_word():
    found = [
        (a.name, a.role.value, a.title) for a in parse_byline("某网讯（记者吴立新通讯员韦海川）")
    ]
    assert found == [("吴立新", "reporter", None), ("韦海川", "correspondent", None)]


def test_a_header_key_after_the_authors_is_no_author():
    from gonghui_build.extract.page import extract_page
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.parsed import parse_page

    text = (
        "青禾县工会第五次代表大会召开\n"
        "作者：吴立新 韦海川 来源：本站原创 发布时间：2020-09-27 17:24:58\n"
        "9月26日，青禾县工会第五次代表大会召开。县委书记丁一鸣出席会议并讲话。\n"
    )
    facts = extract_page(parse_page(page_from_bytes("p.txt", text.encode())))
    names = {a.name for art in facts.articles for a in art.authors}
    assert {"吴立新", "韦海川"} <= names
    assert "来源" not in names
