"""A section printed after the word of its enterprise's kind (公司财务部部长某某, 厂生产部部长
某某, after the article named 某有限公司 or 某机械厂) is the section of that body, the kind
word read as the body's (``org_suffixes.yaml`` unit_openers): before, the body was read back
in front of the whole (某有限公司公司财务部, 某机械厂厂生产部). A section printed alone keeps
the body read back as before. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_companys_section_after_gongsi():
    body = "鹤城胶业有限公司召开大会，公司财务部部长吕芳发言。"
    assert _posts(body) == {("吕芳", "部长", "鹤城胶业有限公司财务部")}


def test_a_plants_section_after_chang():
    body = "鹤城机械厂召开大会，厂生产部部长吕芳发言。"
    assert _posts(body) == {("吕芳", "部长", "鹤城机械厂生产部")}


def test_a_supervisor_of_a_companys_section():
    body = "鹤城胶业有限公司召开大会，公司网络部主管吕芳发言。"
    assert _posts(body) == {("吕芳", "主管", "鹤城胶业有限公司网络部")}


def test_a_section_printed_alone_is_still_the_companys():
    body = "鹤城胶业有限公司召开大会，配送部经理吕芳发言。"
    assert _posts(body) == {("吕芳", "经理", "鹤城胶业有限公司配送部")}
