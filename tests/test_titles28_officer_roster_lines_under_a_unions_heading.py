"""A yearbook's officer roster prints a union's name on a line, then one officer a line
(主　席　甲 | 副主席　乙 | 副主席　丙): every line's post is held at that union, not only
the first line's. A roster line names no body, so it parts no later line from the
union the heading names, as a dateline parts no text from its headline. A line naming
another body (a works) does part them. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import page_facts


def _positions(text: str) -> set[tuple[str, str, str | None]]:
    return {
        (p.name, p.title_normalised, p.org.name if p.org else None)
        for a in page_facts(text).articles
        for p in a.positions
    }


def test_each_line_of_a_roster_holds_its_post_at_the_heading_union():
    text = "湖州市总工会领导名录\n\n湖州市总工会\n主　席　冼国强\n副主席　柴玉梅\n副主席　宋立新\n"
    assert _positions(text) == {
        ("冼国强", "主席", "湖州市总工会"),
        ("柴玉梅", "副主席", "湖州市总工会"),
        ("宋立新", "副主席", "湖州市总工会"),
    }


def test_a_funds_review_head_at_the_end_of_the_roster():
    text = "湖州市总工会领导名录\n\n湖州市总工会\n主　席　冼国强\n经审会主任　阮保国\n"
    assert ("阮保国", "经审会主任", "湖州市总工会") in _positions(text)


def test_a_works_named_between_parts_the_roster():
    text = "湖州市总工会领导名录\n\n湖州市总工会\n主　席　冼国强\n湖州丝绸厂\n副主席　柴玉梅\n"
    found = _positions(text)
    assert ("冼国强", "主席", "湖州市总工会") in found
    assert ("柴玉梅", "副主席", "湖州市总工会") not in found
