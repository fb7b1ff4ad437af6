"""The bare 工会 a chain prints after a post at a body's internal section (某支队政治处主任、
工会主席, 某公司办公室主任、工会副主席) is the body's union, not the section's: a section
(处, 科, 室: ``org_suffixes.yaml`` unionless_section_endings) sets up no union of its own.
Near miss: a project department keeps its own union (项目部: projects set up unions).
Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_union_after_a_brigades_office_post_is_the_brigades():
    body = "青禾市消防救援支队政治处主任、工会主席吕卫华陪同。"
    assert _posts(body, "吕卫华") == {
        ("主任", "青禾市消防救援支队政治处"),
        ("主席", "青禾市消防救援支队工会"),
    }


def test_a_union_after_a_companys_office_post_is_the_companys():
    body = "青禾化工有限公司办公室主任、工会副主席王丽主持会议。"
    assert ("副主席", "青禾化工有限公司工会") in _posts(body, "王丽")


def test_a_union_after_a_project_departments_post_stays_the_projects():
    body = "青禾建工有限公司第三项目部经理、工会主席刘卫东陪同。"
    assert ("主席", "青禾建工有限公司第三项目部工会") in _posts(body, "刘卫东")
