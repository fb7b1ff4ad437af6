"""A web copy's header row that keys its photographer beside its author
(``作者：宣传部 某某　摄影：某某　来源：校工会``): the author a reporter, the photographer a
photographer, and the writer's department before the name (宣传部) no author (real_dev7's
university union news). Invented text."""

from __future__ import annotations

from tests.conftest import page_facts

TEXT = (
    "青禾大学第五届教职工代表大会闭幕\n"
    "{row}\n"
    "12月25日，青禾大学第五届教职工代表大会暨第十次工会会员代表大会在学校礼堂闭幕。"
    "校党委书记付晓明出席并讲话。\n"
)


def _authors(row: str) -> set[tuple[str, str]]:
    facts = page_facts(TEXT.format(row=row))
    return {(a.name, a.role.value) for art in facts.articles for a in art.authors}


def test_the_photographer_keyed_after_the_author_in_a_header_row_is_read() -> None:
    row = "作者：宣传部 罗晶晶　摄影：付立强　来源：校工会　发布时间：2008年12月26日"
    assert _authors(row) == {("罗晶晶", "reporter"), ("付立强", "photographer")}


def test_a_header_rows_author_alone_is_still_its_reporter() -> None:
    assert _authors("2021-04-19 10:26:53 来源：青禾工网 作者：邵雨桐") == {("邵雨桐", "reporter")}
