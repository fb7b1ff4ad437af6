"""The model sometimes reads a job printed before a name as a person too (行管员|隗骥邀请…):
two adjacent spans, which it joins for a name of two parts (孟和|巴雅尔). A first span of
three characters or more ending like an occupation (员, 工, 师…) is the job, not the
name's first part: the name is the second span alone. Invented names and events (s36,
people15)."""

from __future__ import annotations

from gonghui_build.extract.people.model import model_names, person_spans
from gonghui_build.text.tokenizer import tag_tokens


def _names(text: str) -> list[str]:
    return [n.name for n in model_names(text, [], tag_tokens(text))]


def test_a_job_read_as_a_person_before_a_name_is_left_out_of_the_name():
    assert _names("行管员隗骥邀请环卫工人进站歇脚。") == ["隗骥"]


def test_a_name_of_two_parts_is_still_joined():
    text = "孟和巴雅尔说，今年草场好。"
    assert person_spans(text) == [(0, 5)]
    assert _names(text) == ["孟和巴雅尔"]
