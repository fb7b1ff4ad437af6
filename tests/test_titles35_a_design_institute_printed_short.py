"""A design or research institute printed short by its own people (设计院党委副书记,
研究院工会主席, 院工会主席) after the article named it in full, often as a company
(某交通规划设计研究院有限公司): that institute (``org_suffixes.yaml`` context_suffixes
设计院, 研究院; 院 read back to a 研究院有限公司 too). Printed with no full name the short
form is kept as it was printed. Invented names."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page

_FULL = "临江交通规划设计研究院有限公司"
_OPENING = f"9月5日，{_FULL}召开职代会。"


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("设计院党委副书记张伟主持会议。", {("党委副书记", _FULL)}),
        (
            "设计院党委副书记、工会主席张伟主持会议。",
            {("党委副书记", _FULL), ("主席", _FULL + "工会")},
        ),
        ("研究院工会主席张伟主持会议。", {("主席", _FULL + "工会")}),
        ("院工会主席张伟主持会议。", {("主席", _FULL + "工会")}),
    ],
)
def test_the_short_form_is_the_institute_named_before(after, expected):
    assert _posts(_OPENING + after, "张伟") == expected


def test_an_institute_named_without_company_is_read_back():
    body = "9月5日，临江交通规划设计研究院召开职代会。设计院工会主席张伟主持会议。"
    assert _posts(body, "张伟") == {("主席", "临江交通规划设计研究院工会")}


def test_a_hospitals_union_is_unchanged():
    body = "9月5日，临江人民医院召开职代会。院工会主席张伟主持会议。"
    assert _posts(body, "张伟") == {("主席", "临江人民医院工会")}


def test_the_short_union_named_alone_is_kept_as_printed():
    assert _posts("设计院工会主席张伟主持会议。", "张伟") == {("主席", "设计院工会")}
