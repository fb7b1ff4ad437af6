"""A Uyghur or Kazakh name of one part after a title (副主席米尔扎提为…): jieba reads
米尔扎 as a name and glues its last syllable 提 to the word after it (提为, a word of
no frequency), so the title rule read 米尔扎. The run of transcribed syllables up to
the word that follows names carries the titled name on. A dictionary word across the
end (米尔扎|提出, 'to put forward') leaves the name where it was. Invented names and
events (s38, people20)."""

from __future__ import annotations

from gonghui_build.extract.people.transliterated_alone import transliterated_after_title
from gonghui_build.text import tokenizer
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "乌鲁木齐市总工会为骑手送温暖\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_the_last_syllable_glued_to_wei_stays_with_the_name():
    assert _people("区总工会副主席米尔扎提为骑手代表送上慰问品。") == ["米尔扎提"]


def test_the_widened_name_keeps_its_title():
    text = "乌鲁木齐市总工会为骑手送温暖\n\n本报讯 区总工会副主席米尔扎提为骑手送上慰问品。"
    people = [p for a in page_facts(text).articles for p in a.people]
    assert [p.name for p in people] == ["米尔扎提"]
    assert people[0].source.value == "title_before_name"


def test_a_dictionary_verb_across_the_end_is_no_glued_syllable():
    text = "站长米尔扎提出了三条建议。"
    names = [h.name for h in transliterated_after_title(text, tokenizer.tag_tokens(text))]
    assert "米尔扎提" not in names


def test_a_name_before_tichu_keeps_the_models_reading():
    assert _people("站长米尔扎提出了三条建议。") == ["米尔扎"]
