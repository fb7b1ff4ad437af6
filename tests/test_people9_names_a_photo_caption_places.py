"""A name right before a photo's position note (图为劳模常青（左）…, ▲县劳模高山（左二）…):
only a person is placed so in a photo, so a name that is also a word, which the model
misses, is read there after a title or an honour, or after 为 or a caption's mark. Nouns
for people and titles placed so (工作人员（右二）, 劳模（左）), a body (县总工会（左）) and a
thing (金牌（左）) stay no person. Invented names and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(text: str) -> list[str]:
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def _page(caption: str) -> str:
    return (
        "青禾县总工会开展技术帮扶\n\n本报讯 4月10日，青禾县总工会组织农技专家走进东岭村，"
        f"为果农讲解嫁接技术。果农们听得认真。\n\n{caption}\n"
    )


def test_a_word_name_after_an_honour_before_a_position_note_is_a_person():
    assert _people(_page("图为劳模常青（左）在现场讲解嫁接技术。")) == ["常青"]


def test_a_word_name_after_a_caption_mark_before_a_position_note_is_a_person():
    assert _people(_page("▲高山（左二）在现场讲解嫁接技术")) == ["高山"]


def test_nouns_for_people_bodies_and_things_before_a_position_note_stay_no_person():
    captions = [
        "图为工作人员（右二）为果农送来农资。",
        "图为劳模（左）在现场讲解嫁接技术。",
        "图为青禾县总工会（左）与合作社签约。",
        "图为金牌（左）和证书。",
    ]
    assert [_people(_page(c)) for c in captions] == [[], [], [], []]
