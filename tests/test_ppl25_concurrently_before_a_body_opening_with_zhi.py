"""兼 between two posts parts them even where the next body's name opens with 职
(部长兼职业…中心主任): 兼职 is 'part-time' only when a title follows it (兼职副主席)."""

from __future__ import annotations

from gonghui_build.extract.people.titles import parse_chain


def _chain(text: str, name: str) -> list[tuple[str, str | None]]:
    return [(c.title_normalised, c.org_written) for c in parse_chain(text, text.index(name))]


def test_concurrently_before_a_body_opening_with_zhi_parts_the_posts():
    text = "青禾市总工会宣教部部长兼职业技能鉴定中心主任韦海川出席。"
    assert _chain(text, "韦海川") == [
        ("部长", "青禾市总工会宣教部"),
        ("主任", "职业技能鉴定中心"),
    ]


def test_part_time_before_a_title_stays_the_titles_modifier():
    text = "青禾区总工会兼职副主席韦海川出席。"
    assert _chain(text, "韦海川") == [("兼职副主席", "青禾区总工会")]
