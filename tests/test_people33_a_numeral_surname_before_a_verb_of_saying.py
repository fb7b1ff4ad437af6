"""A two-character name of the numeral surname 万 (万军, 万东) opening a clause before a
verb of saying: the name shapes hold 万 an ambiguous surname and refuse a common given
character after it, so a speaker named nowhere else was lost. A numeral word (万里,
万一), a count (万人) or a word jieba knows (万众) stays no name. Lead of union pages'
speakers (s45, people33); invented names."""

from __future__ import annotations

from gonghui_build.extract.people.numeral_names import numeral_speaker
from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for a in page_facts(news_page(body)).articles for p in a.people)


def test_a_numeral_surname_opening_a_speech_is_a_name():
    assert _people("会上，万军表示，将把培训办到一线。") == ["万军"]


def test_a_speaker_after_a_quotation_is_a_name():
    assert _people("“这是我们的责任。”万东说。") == ["万东"]


def test_numeral_words_counts_and_known_words_are_no_speakers():
    assert [n for n in ("万里", "万一", "万人", "万众", "万达") if numeral_speaker(n)] == []
