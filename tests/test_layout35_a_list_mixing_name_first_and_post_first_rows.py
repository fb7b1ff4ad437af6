"""A committee's list may print the name first on some rows (``某某某  区总工会主席``) and
last on others (``区教育工会主席  某某某``): too few of either way in a row for a roster
or an award list, three or more rows together are one list, each row a paragraph of it
(not a section heading or a portrait caption). Invented lists."""

from __future__ import annotations

from tests.conftest import layout_articles

MIXED = (
    "区总工会第三届委员会委员名单\n"
    "王晓东  区总工会主席\n"
    "区教育工会主席  冯丽娟\n"
    "刘建华  城北街道总工会主席\n"
    "区卫健工会主席  孙艳萍\n"
)


def _roles(page: str) -> dict[str, str]:
    return {text: role for role, text in layout_articles(page)[0]}


def test_each_row_of_a_mixed_list_is_a_paragraph():
    roles = _roles(MIXED)
    for row in MIXED.splitlines()[1:]:
        assert roles[row] == "body", row
    assert roles["区总工会第三届委员会委员名单"] == "headline"


def test_two_rows_make_no_list():
    page = "区总工会第三届委员会委员名单\n王晓东  区总工会主席\n区教育工会主席  冯丽娟\n"
    roles = _roles(page)
    assert roles["王晓东  区总工会主席"] != "body"
