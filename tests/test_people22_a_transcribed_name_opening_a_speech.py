"""A Uyghur or Kazakh name of one part, printed with no middle dot and no post before
it, opening a sentence before a verb of speech (艾合买提江说，…): the speaker of a quoted
line, whom the model often reads not at all. A run that is a place of jieba's dictionary
(阿克苏), a division's name (克拉玛依) or that opens no sentence (…的艾合买提江说) stays none. Invented names (s39,
people22)."""

from __future__ import annotations

from gonghui_build.extract.people.transliterated_alone import transliterated_after_title
from gonghui_build.text import tokenizer
from gonghui_build.vocabulary import MentionSource
from tests.conftest import news_page, page_facts


def _hits(text: str):
    return transliterated_after_title(text, tokenizer.tag_tokens(text))


def test_a_transcribed_name_opening_a_sentence_before_shuo():
    hits = _hits("焊工们比拼激烈。艾合买提江说，这次比赛让他学到了很多。")
    assert [(h.name, h.source) for h in hits] == [("艾合买提江", MentionSource.speech_verb)]
    assert hits[0].claims == ()


def test_the_page_reads_the_speaker():
    body = "今年的技能大赛上，焊工们比拼激烈。艾合买提江说，这次比赛让他学到了很多。"
    people = {p.name for a in page_facts(news_page(body)).articles for p in a.people}
    assert "艾合买提江" in people


def test_a_place_opening_a_sentence_is_no_speaker():
    assert _hits("阿克苏说起来是个好地方。") == []


def test_a_country_or_a_firm_of_jiebas_dictionary_is_no_speaker():
    assert _hits("据悉。伊拉克说，将继续合作。") == []
    assert _hits("据悉。阿里巴巴表示，将继续投入。") == []


def test_a_city_jieba_tags_a_name_is_no_speaker():
    assert _hits("职工也来参赛。克拉玛依说起来是石油城。") == []


def test_a_run_inside_a_clause_with_no_post_is_not_read():
    assert _hits("我们听到了艾合买提江说的话。") == []
