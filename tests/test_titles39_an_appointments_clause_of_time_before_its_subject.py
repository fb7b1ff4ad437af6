"""A clause of time with no subject, opened by an appointment's verb and closed by a word
of time (自2019年担任某公司工会主席以来，甲…; ``people.yaml`` election_time_words), states
the post of the name opening the next clause: profiles of union chairs open so. Read only
when nothing but a time stands before the verb in its clause. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_since_a_year_the_post_taken_then_the_name():
    body = "自2019年担任青禾机械有限公司工会主席以来，柏立秋带领职工开展技术革新。"
    assert _posts(body, "柏立秋") == {("主席", "青禾机械有限公司工会")}


def test_a_year_alone_before_the_verb():
    body = "2020年担任青禾机械有限公司工会主席后，柏立秋推动建立职工书屋。"
    assert _posts(body, "柏立秋") == {("主席", "青禾机械有限公司工会")}


def test_the_verb_opening_the_clause():
    body = "担任青禾机械有限公司工会主席以来，柏立秋始终为职工办实事。"
    assert _posts(body, "柏立秋") == {("主席", "青禾机械有限公司工会")}


def test_a_subject_before_the_verb_keeps_the_post_for_itself():
    body = "青禾机械有限公司召开职代会。他担任公司工会主席以来，柏立秋多次表扬。"
    assert _posts(body, "柏立秋") == set()


def test_no_word_of_time_gives_the_next_name_nothing():
    body = "2019年担任青禾机械有限公司工会主席，柏立秋又当选为人大代表。"
    assert _posts(body, "柏立秋") == set()
