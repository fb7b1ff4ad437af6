"""Speakers a meeting's report names before 发言: a word name closing a 、 list of names
with no 等 before an address or a verb of speech (代表甲、乙、马力发言), a numeral surname
after 代表 before 发言 (劳模代表万明发言), and a one-part Uyghur name jieba's dictionary
holds as a person's opening a clause before 致辞 (会上，阿依古丽致辞). A list closed by a
verb that is no speech, and words before 发言 that name no one, stay no people. Invented
names, bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市总工会召开劳模座谈会\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_word_name_closing_a_list_of_speakers_is_a_person():
    assert _people("会上，代表邝文涛、聂卫国、马力发言。") == ["邝文涛", "聂卫国", "马力"]
    assert _people("会上，邝文涛、聂卫国、马力先后发言。") == ["邝文涛", "聂卫国", "马力"]
    assert _people("邝文涛、聂卫国、马力表示，要干好本职工作。") == ["邝文涛", "聂卫国", "马力"]


def test_a_word_closing_a_list_before_no_speech_stays_no_person():
    assert _people("会上，邝文涛、聂卫国、马力参加。") == ["邝文涛", "聂卫国"]


def test_a_numeral_surname_after_a_representative_before_speaking_is_a_name():
    assert _people("会上，劳模代表万明发言。") == ["万明"]


def test_words_before_speaking_that_name_no_one_stay_no_people():
    assert _people("会上，五名劳模作交流发言。") == []
    assert _people("会上，职工踊跃发言，气氛热烈。") == []
    assert _people("会上，各支部书记依次发言。") == []


def test_a_one_part_name_jieba_holds_as_a_persons_gives_an_address():
    assert _people("会上，阿依古丽致辞。") == ["阿依古丽"]


def test_a_country_jieba_tags_a_foreign_name_gives_no_address():
    assert _people("会上，伊拉克讲话。") == []
