"""A surname jieba reads as a verb (冒, 纳: ``surnames.yaml`` ambiguous) right after a title,
before a given name jieba tags a proper noun (建华/nz), is a name, even where that word also
names a district somewhere. Invented people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_people


def test_a_verb_read_surname_before_a_proper_noun_after_a_title_is_a_name():
    text = news_page("市总工会主席冒建华出席并宣布启动。")
    assert ("冒建华", "主席", "市总工会") in first_article_positions(text)


def test_the_same_verb_before_a_common_word_stays_a_verb():
    assert page_people(news_page("工人们冒雨施工，把安全纳入考核。")) == []
