"""A name between the preposition 由 and a leader's act (会议由万东主持, 由江山带队:
``people.yaml`` person_acts): only a person presides or leads a group, so a name the
shapes refuse alone (a numeral surname, a county's name) is one there. A noun (由学校
主持, 由双方主持) or a province's or a city's name (由北京主持) stays none. Lead of
meeting reports of union pages (s45, people33); invented names."""

from __future__ import annotations

from gonghui_build.extract.people.speakers import presider_names


def _names(text: str) -> list[str]:
    return [h.name for h in presider_names(text)]


def test_a_numeral_surname_presiding_is_a_name():
    assert _names("座谈会由万东主持。") == ["万东"]


def test_a_county_name_leading_a_group_is_a_name():
    assert _names("慰问组由江山带队，一行5人前往。") == ["江山"]


def test_nouns_and_a_city_presiding_are_no_names():
    assert _names("会议由学校主持。由双方主持。由北京主持。") == []
