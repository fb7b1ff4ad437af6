"""A Uyghur or Kazakh name of one part, with no post, opening a clause after a comma and
closed by a meeting's address (会上，努某兰讲话; 座谈会上，古某米拉发言) is the speaker.
A place before 讲话 stays no person. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾县总工会召开职工座谈会\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_one_part_name_before_a_speech_after_a_comma_is_the_speaker():
    assert _people("会上，努尔兰讲话。") == ["努尔兰"]
    assert _people("座谈会上，古丽米拉发言。") == ["古丽米拉"]


def test_a_place_before_a_speech_stays_no_person():
    assert _people("在阿克苏，库尔勒讲话的精神得到落实。") == []
