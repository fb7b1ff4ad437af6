"""A federation's funds review office by its short name (经审办) printed before its
head's post (某市总工会经审办主任某某) is the organisation the post is held at, as 某市总
工会办公室主任 is: jieba reads 经|审办 and the post had no body. Printed without the
federation it stays unresolved. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_the_office_after_the_federation_holds_the_post():
    body = "湖州市总工会经审办主任满宏伟作报告。"
    assert _posts(body, "满宏伟") == {("主任", "湖州市总工会经审办")}


def test_the_office_listed_among_departments_is_unchanged():
    body = "湖州市总工会财务部、经审办负责同志参加会议。"
    assert "湖州市总工会经审办" in first_article_resolved(body)


def test_the_office_printed_alone_names_no_body():
    body = "会上，经审办主任满宏伟作报告。"
    assert _posts(body, "满宏伟") == {("主任", None)}
