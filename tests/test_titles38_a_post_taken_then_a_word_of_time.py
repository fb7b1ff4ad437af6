"""A post stated by an appointment's verb keeps its title when a word of time closes the
clause after it (``people.yaml`` election_time_words: 甲担任某公司工会主席以来，…; 乙任
车间主任期间，…): profiles date what the person did by the post taken. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_danren_a_union_chair_then_yilai():
    body = "柏立秋担任青禾机械有限公司工会主席以来，推动建立职工书屋。"
    assert _posts(body, "柏立秋") == {("主席", "青禾机械有限公司工会")}


def test_ren_a_union_chair_then_qijian():
    body = "柏立秋任青禾机械有限公司工会主席期间，带领职工开展技术革新。"
    assert _posts(body, "柏立秋") == {("主席", "青禾机械有限公司工会")}


def test_a_titled_name_taking_a_further_post_then_yilai():
    body = "青禾机械有限公司副总经理柏立秋担任公司工会主席以来，推动建立职工书屋。"
    assert _posts(body, "柏立秋") == {
        ("副总经理", "青禾机械有限公司"),
        ("主席", "青禾机械有限公司工会"),
    }


def test_the_post_without_a_word_of_time_is_unchanged():
    body = "2019年，柏立秋担任青禾机械有限公司工会主席。"
    assert _posts(body, "柏立秋") == {("主席", "青禾机械有限公司工会")}
