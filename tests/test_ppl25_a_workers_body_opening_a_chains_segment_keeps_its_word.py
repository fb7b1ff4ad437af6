"""A title chain's segment opening with the word for workers (部长兼职工技术协会秘书长):
职工 is the body's name's, though generic alone, and the chain reads on to the post
before it."""

from __future__ import annotations

from gonghui_build.extract.people.titles import parse_chain


def _chain(text: str, name: str) -> list[tuple[str, str | None]]:
    return [(c.title_normalised, c.org_written) for c in parse_chain(text, text.index(name))]


def test_a_workers_body_opening_a_chains_segment_keeps_its_word():
    text = "市总工会宣教部部长兼职工技术协会秘书长韦海川出席。"
    assert _chain(text, "韦海川") == [
        ("部长", "市总工会宣教部"),
        ("秘书长", "职工技术协会"),
    ]
