"""省劳动模范 春雷, 村妇女主任卡果: the model (or the surname rule reading back) takes a
title's last character (模范|范, 主任|任) for a surname. A title ending at the span's first
character, or a word of jieba's before a printed space, ends there; an OCR-padded name
(主席庄 振国) and a surname repeating the title's last character (主任任某某) keep theirs."""

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


def test_a_titles_last_character_that_is_a_surname_is_no_part_of_the_name():
    text = "林周县连布村妇女主任卡果在晚会上领舞。"
    names = [m.name for m in model_names(text, [], tokenizer.tag_tokens(text))]
    assert "任卡果" not in names and "卡果" in names


def test_a_name_whose_surname_repeats_the_titles_last_character_keeps_it():
    text = "厂办公室主任任志强在会上发言。"
    names = [m.name for m in model_names(text, [], tokenizer.tag_tokens(text))]
    assert names == ["任志强"]
