"""A credit that says who supplied an item (``supplied_keys`` of ``bylines.yaml``: 供图,
供稿) is read by one rule for both of its forms: a place of China before the key
(``/ 南靖 供稿``: the county that sent the text in) and a body glued to it
(``（镇工会供稿）``). Neither is an author; a person before the key still is. Before
this, the place form knew 供图 only, so a county's short name before 供稿 was read as a
correspondent. All text is invented."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.extract.keyed_credits import sent_in_from_place, supplied_by_body


def _names(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(text, end_credit=True)]


def test_a_county_that_sent_a_text_in_is_no_author():
    assert _names("南靖 供稿") == []


def test_a_county_that_sent_a_photo_in_is_no_author():
    assert _names("平和 供图") == []


def test_a_person_who_supplied_a_photo_is_still_credited():
    assert [name for name, _ in _names("卢晓川 供图")] == ["卢晓川"]


def test_a_body_glued_to_the_key_is_no_author_and_a_name_glued_to_it_is_not_a_body():
    assert supplied_by_body("镇工会供稿")
    assert supplied_by_body("院工会供图")
    assert not supplied_by_body("卢晓川供图")
    assert not supplied_by_body("供图")


def test_the_place_form_needs_the_key_at_the_credits_end_brackets_aside():
    assert sent_in_from_place("（南靖 供图）", "南靖")
    assert not sent_in_from_place("南靖 摄", "南靖")
