"""A company's team named by the area it serves, printed after the company's whole name
(某检修有限公司锡林郭勒输电检修班班长甲): the place of China opening the unit (a
league's or a prefecture's short name, whatever jieba tags it) is read on top of the
unit's own longest length, so the post is held at the team. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_leagues_short_name_before_the_team():
    body = "4月28日，青禾电力检修有限公司锡林郭勒输电检修班班长柏立秋和同事巡检线路。"
    assert _posts(body, "柏立秋") == {("班长", "青禾电力检修有限公司锡林郭勒输电检修班")}


def test_a_place_jieba_tags_as_a_name_before_the_team():
    body = "4月28日，青禾电力检修有限公司呼伦贝尔输电检修班班长柏立秋和同事巡检线路。"
    assert _posts(body, "柏立秋") == {("班长", "青禾电力检修有限公司呼伦贝尔输电检修班")}


def test_a_long_unit_with_no_place_is_still_not_read():
    body = "4月28日，青禾电力检修有限公司超高压交直流输电检修班班长柏立秋和同事巡检线路。"
    assert ("班长", "青禾电力检修有限公司超高压交直流输电检修班") not in _posts(body, "柏立秋")
