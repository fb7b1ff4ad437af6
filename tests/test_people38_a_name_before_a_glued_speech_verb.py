"""A name the model reads with the one-character verb after it (庞建国作|讲话: the speech
a meeting's report says someone made) ends before the verb, which jieba reads alone and
which follows names; a name of four elements (巴图孟和说) keeps its last character.
Invented names and events."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "劳模座谈会召开\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("会上，庞建国作讲话。", ["庞建国"]),
        ("谷丽萍主持会议，庞建国作讲话。", ["谷丽萍", "庞建国"]),
        ("会上，区总工会主席庞建国作讲话。", ["庞建国"]),
    ],
)
def test_a_name_ends_before_the_verb_of_a_speech_the_model_glued_to_it(body, names):
    assert _people(body) == names


@pytest.mark.parametrize(
    "body",
    [
        "会上，劳模代表巴图孟和说，要把技术传下去。",
        "在牧场当司机的巴图孟和说，工会的书送到了家门口。",
    ],
)
def test_a_name_of_four_elements_keeps_its_last_character(body):
    assert _people(body) == ["巴图孟和"]
