"""Given names that are frequent words: invented people and meetings.

A common surname and a given name that is a frequent word (海军, 长江) is a person where
the model reads one and a second signal stands by it (an occupation before it, a verb of
saying after it); with none (把王建设好) it is no person."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def _people(body: str) -> set[str]:
    return {p.name for a in page_facts(news_page(body)).articles for p in a.people}


def test_a_given_name_that_is_a_frequent_word_after_an_occupation_is_read():
    text = news_page("5月1日，青禾市总工会召开表彰大会。青禾宏泰煤业有限公司采煤工王海军发言。")
    assert ("王海军", "采煤工", "青禾宏泰煤业有限公司") in first_article_positions(text)


def test_a_given_name_that_is_a_frequent_word_before_a_verb_of_saying_is_read():
    assert "张长江" in _people(
        "5月1日，青禾市总工会在服务站举行启用仪式。货车司机张长江说，这里很好。"
    )


def test_a_surname_and_a_word_with_no_second_signal_is_no_person():
    assert "王建设" not in _people("5月1日，青禾市总工会召开会议。会议要求，要把王建设好。")
