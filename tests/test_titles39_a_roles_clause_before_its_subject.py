"""A clause of the role a person acts in, with no subject of its own (作为某公司工会主席，
甲…; 身为某厂车间主任，乙…: ``people.yaml`` role_verbs), states the post of the name
opening the next clause, as profiles of union chairs and model workers print it. An
honour (作为全国劳动模范) is no post, and a subject before the verb keeps the role.
Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_zuowei_a_union_chair_then_the_name():
    body = "作为青禾机械有限公司工会主席，柏立秋始终把职工的冷暖放在心上。"
    assert _posts(body, "柏立秋") == {("主席", "青禾机械有限公司工会")}


def test_shenwei_a_workshop_head_then_the_name():
    body = "身为青禾机械有限公司焊接车间主任，柏立秋始终冲在生产一线。"
    assert _posts(body, "柏立秋") == {("焊接车间主任", "青禾机械有限公司")}


def test_an_honour_is_no_post():
    body = "作为全国劳动模范，柏立秋始终钻研技术。"
    assert _posts(body, "柏立秋") == set()


def test_a_subject_before_zuowei_keeps_the_role():
    body = "他作为青禾机械有限公司工会主席，柏立秋多次表扬他。"
    assert _posts(body, "柏立秋") == set()
