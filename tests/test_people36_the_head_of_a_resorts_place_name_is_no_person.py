"""A span the model reads as a person that opens a place jieba's dictionary holds and
runs past it (林海雪|原滑雪场: the head of a ski resort's name) is no person, unless a
title or jieba's name tag vouches for it. Invented events (s47, people36)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市工会简讯\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_the_head_of_a_ski_resorts_name_is_no_person():
    assert _people("职工们来到林海雪原滑雪场体验滑雪。") == []


def test_a_titled_name_before_a_resort_stays():
    body = "市总工会副主席李晓东来到林海雪原滑雪场看望职工。"
    assert _people(body) == ["李晓东"]
