"""A profile's subject opened by its age dated by the profile (今年52岁的甲是某公司焊接
车间主任。现年45岁的乙是…) holds the post the copula states, as with the age alone
(29岁的甲是…). Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_jinnian_an_age_then_the_name_and_the_copula():
    body = "今年52岁的柏立秋是青禾机械有限公司焊接车间主任。"
    assert _posts(body, "柏立秋") == {("焊接车间主任", "青禾机械有限公司")}


def test_xiannian_an_age_then_the_name_and_the_copula():
    body = "现年45岁的柏立秋是青禾机械有限公司焊工。"
    assert _posts(body, "柏立秋") == {("焊工", "青禾机械有限公司")}
