"""A yearbook's list of a union's leaders prints one post a line and, when several hold
it, their names after it set apart by spaces (``副主席　甲某　乙某某``). With one name the
line is a caption (the post, then the name); with two names or more it no longer ends
in a post and a name read together, and the layout took it for a section heading, so
no one on it got the post. Invented text in the shape of a city yearbook (session 38)."""

from __future__ import annotations

from gonghui_build.text.titled_rows import titled_name_row
from tests.conftest import block_roles, page_facts

PAGE = (
    "淮南市总工会\n"
    "【领导成员】\n"
    "主席　邬长青\n"
    "副主席　戚晓燕　栾书恒\n"
    "经审会主任　鄢志宏\n"
    "【概况】2019年，淮南市总工会共有基层工会1200个，会员18万人。（鄢小禾）\n"
)


def _posts(text: str) -> set[tuple[str, str]]:
    facts = page_facts(text)
    return {(p.name, p.title_normalised) for a in facts.articles for p in a.positions}


def test_the_row_is_a_rosters_paragraph_not_a_section_heading() -> None:
    # a paragraph of its own, as a roster's rows are (session 39, layout33: the rows of
    # posts and holders, ``layout.posted_names``; it was a caption before)
    assert block_roles(PAGE)["副主席　戚晓燕　栾书恒"] == "body"


def test_each_name_on_the_row_holds_the_post() -> None:
    posts = _posts(PAGE)
    assert ("戚晓燕", "副主席") in posts
    assert ("栾书恒", "副主席") in posts
    assert ("邬长青", "主席") in posts  # the one-name captions as before


def test_three_names_on_a_row() -> None:
    page = PAGE.replace("副主席　戚晓燕　栾书恒", "副主席　戚晓燕　栾书恒　阙明")
    posts = _posts(page)
    assert {("戚晓燕", "副主席"), ("栾书恒", "副主席"), ("阙明", "副主席")} <= posts


def test_a_row_needs_a_post_first_and_names_after() -> None:
    row = titled_name_row("副主席　戚晓燕　栾书恒")
    assert row is not None and [n for n, _ in row.names] == ["戚晓燕", "栾书恒"]
    assert titled_name_row("副主席　戚晓燕") is None  # one name: a caption's
    assert titled_name_row("工作要点　安全生产　职工福利") is None  # no post first
    assert titled_name_row("副主席　戚晓燕　安全生产检查") is None  # not all names
    assert titled_name_row("副主席戚晓燕栾书恒", frozenset({3, 6})) is not None


def test_a_heading_of_words_stays_a_heading() -> None:
    page = PAGE.replace("副主席　戚晓燕　栾书恒", "组织建设　民主管理")
    assert block_roles(page)["组织建设　民主管理"] != "portrait_caption"


def test_the_row_holds_its_post_at_the_union_heading_the_roster() -> None:
    text = "湖州市总工会领导名录\n\n湖州市总工会\n主　席　冼国强\n副主席　柴玉梅　宋立新\n"
    found = {
        (p.name, p.title_normalised, p.org.name if p.org else None)
        for a in page_facts(text).articles
        for p in a.positions
    }
    assert ("柴玉梅", "副主席", "湖州市总工会") in found
    assert ("宋立新", "副主席", "湖州市总工会") in found
