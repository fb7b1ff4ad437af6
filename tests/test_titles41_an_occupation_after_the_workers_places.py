"""A worker named after an honour by the places they come from and their occupation
(…奖章获得者、某省某市某区咖啡烘焙师某某): the occupation is the person's title, with no
organisation (a place the person comes from is no body: tests/fixtures/ANNOTATION.md).
A body after the places keeps the post at the body. Real divisions, invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_an_occupation_after_three_places_is_the_workers_title():
    body = "受表彰的有全国五一劳动奖章获得者、云南省普洱市思茅区咖啡烘焙师韩立。"
    assert _posts(body, "韩立") == {("咖啡烘焙师", None)}


def test_an_occupation_after_two_places_and_before_more_text():
    body = "表彰对象包括全国劳动模范、保山市隆阳区咖啡烘焙师韩立等。"
    assert _posts(body, "韩立") == {("咖啡烘焙师", None)}


def test_a_body_after_the_places_holds_the_post():
    body = "全国劳动模范、保山市隆阳区人民医院护士韩立介绍了经验。"
    assert _posts(body, "韩立") == {("护士", "保山市隆阳区人民医院")}
