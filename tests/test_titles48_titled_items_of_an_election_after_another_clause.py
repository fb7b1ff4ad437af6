"""An election report prints each post clause by clause: 甲当选集团工会主席，某分公司总经理
助理乙、某有限公司人事行政部经理丙当选副主席. The post before the comma is the object of
甲's election (a verb of ``people.yaml`` election_after of two characters or more), no
item of the chain of the name after the comma; and a titled item of the list whose body
only the article's reading reads (某精密铸造有限公司人事行政部经理丙) still parts the
list at its 、, so every item is elected. Near miss: a chain set off by a comma with no
verb before it keeps its items. Invented names and firms."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_OPENING = "青禾电器集团有限公司召开大会。"


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(_OPENING + body))


def test_the_post_elected_to_before_a_comma_is_not_the_next_names():
    found = _posts("王秀兰当选集团工会主席，电机分公司总经理助理刘卫东当选副主席。")
    assert ("刘卫东", "主席", "青禾电器集团有限公司工会") not in found
    assert ("刘卫东", "副主席", "青禾电器集团有限公司工会") in found
    assert ("刘卫东", "总经理助理", "青禾电器集团有限公司电机分公司") in found


def test_a_post_given_by_danren_before_a_comma_is_not_the_next_names():
    found = _posts("王秀兰担任集团工会主席，电机分公司总经理助理刘卫东担任副主席。")
    assert {t for n, t, _ in found if n == "刘卫东"} == {"总经理助理", "副主席"}


def test_each_titled_item_of_the_list_is_elected():
    found = _posts(
        "王秀兰当选集团工会主席，电机分公司总经理助理刘卫东、"
        "青禾精密铸造有限公司人事行政部经理周明当选副主席。"
    )
    assert ("刘卫东", "副主席", "青禾电器集团有限公司工会") in found
    assert ("周明", "副主席", "青禾电器集团有限公司工会") in found


def test_a_chain_set_off_by_a_comma_with_no_verb_keeps_its_items():
    found = first_article_positions(
        news_page("青禾区总工会党组书记、常务副主席，区人大常委会副主任刘卫东出席。")
    )
    assert ("刘卫东", "常务副主席", "青禾区总工会") in found
    assert ("刘卫东", "副主任", "青禾区人大常委会") in found
