"""A place ending in 口 (a river's mouth, 某江口) before a group's trade: jieba tags the
口 a measure word (某江|口/q), and the walk left from the suffix stopped at it, leaving
the group without its place (港务集团某分公司). A one-character measure right after a
place's name is the place's last character: a measure follows a count. Seen in a tuning
set's port book-room report (session 52, orgs38). Text, people and bodies are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_rivers_mouth_keeps_its_group():
    body = "揭牌仪式后，嘉宾们观看了闽江口港务集团青禾分公司职工技能展示。"
    assert "闽江口港务集团青禾分公司" in first_article_resolved(body)
