"""A name the model reads glued to a body it reads (王海别克车行的职工…: 王海 and then 别克,
no space or mark between, no title after the body) is the first word of a business's
name, no person. A title after the body (李红梅北京现代工会主席) or a space before it (a
caption's 某某 市总工会) leaves the name a person. Invented names and events (s36,
people15)."""

from __future__ import annotations

from gonghui_build.extract.people.model import model_names
from gonghui_build.text.tokenizer import tag_tokens


def _names(text: str) -> list[str]:
    return [n.name for n in model_names(text, [], tag_tokens(text))]


def test_a_name_glued_to_a_brand_the_model_reads_as_a_body_is_no_person():
    assert _names("王海别克车行的职工也参加了比赛。") == []


def test_a_name_before_a_body_and_its_title_stays_a_person():
    assert _names("李红梅北京现代工会主席出席。") == ["李红梅"]


def test_a_name_before_a_body_after_a_space_stays_a_person():
    assert _names("孙建国 省总工会党组书记") == ["孙建国"]


def test_a_name_before_a_one_character_word_the_model_tags_as_a_body_stays_a_person():
    """The model tags 从 after a name as a body on its own; one character names no body."""
    assert _names("雷振华从一名普通学徒成长为工匠。") == ["雷振华"]
