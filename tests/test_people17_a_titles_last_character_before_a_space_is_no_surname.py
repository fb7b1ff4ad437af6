"""省劳动模范 春雷: the page prints a space between a title and the name after it; the
model (or the surname rule reading back) takes the title's last character (模范|范)
for a surname. A space right after a word of jieba's that opens before the name ends
that word there; an OCR-padded name (主席庄 振国) keeps its surname. Invented names."""

from __future__ import annotations

from gonghui_build.extract.people.model import model_names
from gonghui_build.text import tokenizer


def _names(text: str, space_before: str) -> list[str]:
    k = text.index(space_before)
    return [m.name for m in model_names(text, [], tokenizer.tag_tokens(text), frozenset({k}))]


def test_the_last_character_of_a_title_before_a_space_is_no_surname():
    text = "养护中心班组长、省劳动模范春雷向来访的同志介绍了巡检情况。"
    names = _names(text, "春雷")
    assert "春雷" in names and "范春雷" not in names


def test_an_ocr_padded_surname_stays_with_its_given_name():
    text = "区总工会主席韦东山表示，要把服务做实。"
    assert "韦东山" in _names(text, "东山")


def test_no_space_leaves_the_models_name_as_read():
    text = "市劳动模范刘春雷向大家介绍了情况。"
    names = [m.name for m in model_names(text, [], tokenizer.tag_tokens(text))]
    assert names == ["刘春雷"]
