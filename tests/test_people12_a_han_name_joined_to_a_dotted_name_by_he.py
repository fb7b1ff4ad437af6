"""A Han name the model reads right before a transliterated one, with a word that closes
a part (和, 与) or one of two characters that follows names (陪同) between (主席王强和
热依拉·买买提出席), is a second person, not a piece of the transliterated name's first
part; a piece the model leaves with no such word between (阿不|都热|合曼·…) still joins.
Invented names and events."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "市总工会召开座谈会\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("市总工会主席王强和热依拉·买买提出席。", ["王强", "热依拉·买买提"]),
        ("市总工会主席李明陪同热依拉·买买提出席。", ["李明", "热依拉·买买提"]),
        ("座谈会上，慰问了职工王强和热依拉·买买提。", ["王强", "热依拉·买买提"]),
    ],
)
def test_a_han_name_and_a_dotted_name_with_a_joiner_between_are_two_people(body, names):
    assert _people(body) == names


def test_a_piece_of_a_first_part_with_no_joiner_between_still_joins():
    assert _people("职工阿不都热合曼·吐尔逊说，工会帮了大忙。") == ["阿不都热合曼·吐尔逊"]
