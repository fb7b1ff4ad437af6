"""A time printed between a name and its appointment's verb (甲于2015年当选为…, 乙2019年
任…, 丙从2018年起担任…, 丁曾于2012年任…) leaves the name the post, as when the verb
follows the name right away: profiles date each post a person took so. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_yu_and_a_year_before_dangxuan():
    body = "柏立秋于2015年当选为青禾机械有限公司工会主席。"
    assert _posts(body, "柏立秋") == {("主席", "青禾机械有限公司工会")}


def test_a_year_and_month_before_ren():
    body = "柏立秋2019年3月任青禾机械有限公司焊接车间主任。"
    assert _posts(body, "柏立秋") == {("焊接车间主任", "青禾机械有限公司")}


def test_cong_a_year_qi_before_danren():
    body = "柏立秋从2018年起担任青禾机械有限公司工会主席。"
    assert _posts(body, "柏立秋") == {("主席", "青禾机械有限公司工会")}


def test_an_adverb_before_the_time():
    body = "柏立秋曾于2012年任青禾机械有限公司工会主席。"
    assert _posts(body, "柏立秋") == {("主席", "青禾机械有限公司工会")}


def test_a_body_before_the_time_is_no_name():
    body = "青禾机械有限公司于2015年任命柏立秋为工会主席。"
    assert _posts(body, "青禾") == set()
