"""A brigade or a hotel printed short by its own news before one of its sections and a
post (支队政治处主任, 酒店客房部经理, 宾馆餐饮部经理) after the article named it in full:
that body's section (``org_suffixes.yaml`` context_suffixes and unit_openers), as 公司质检
中心 is the company's. Near miss: a brigade the article never named stays unsaid.
Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_brigades_section_after_its_short_form_is_the_named_brigades():
    body = "青禾市消防救援支队召开工会会员大会。支队政治处主任吕卫华主持会议。"
    assert _posts(body, "吕卫华") == {("主任", "青禾市消防救援支队政治处")}


def test_a_hotels_department_after_its_short_form_is_the_named_hotels():
    body = (
        "2008年，周晓梅进入青禾湖畔大酒店工作。她2019年起任酒店客房部经理。"
        "青禾宾馆召开职代会，宾馆餐饮部经理王丽主持会议。"
    )
    assert ("经理", "青禾湖畔大酒店客房部") in _posts(body, "周晓梅")
    assert ("经理", "青禾宾馆餐饮部") in _posts(body, "王丽")


def test_a_brigade_the_article_never_named_is_no_body():
    body = "青禾市总工会副主席戴明远到支队调研，支队政治处主任吕卫华陪同。"
    assert _posts(body, "吕卫华") == {("主任", None)}
