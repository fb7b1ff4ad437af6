"""A clause of the role a person acts in, a trade counted by 一名 (作为一名焊工，某某…;
身为快递员，某某…), names the person opening the next clause: the trade is that person's
title with no body, as an occupation right before the name is (ANNOTATION.md, issue
10). The build read the post of such a clause (作为公司工会主席，某某) but no trade.
Near misses: a clause naming a body or other words (作为华湘电机的一名焊工) is left
alone, and a kind of person that is no trade (党员, 学员) gives no title. Invented
names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_welder_counted_in_a_role_clause():
    assert _posts("作为一名焊工，韩立在岗位上干了二十年。", "韩立") == {("焊工", None)}


def test_a_courier_in_a_clause_opened_by_shenwei():
    assert _posts("身为快递员，韩立每天要跑两百多单。", "韩立") == {("快递员", None)}


def test_a_describer_before_the_trade_is_no_part_of_the_title():
    assert _posts("作为一名老焊工，韩立在岗位上干了二十年。", "韩立") == {("焊工", None)}


def test_a_post_in_a_role_clause_is_read_as_before():
    assert _posts("作为公司工会主席，韩立始终把职工放在心上。", "韩立") == {("主席", None)}


def test_a_role_clause_naming_a_body_is_left_alone():
    assert _posts("作为华湘电机的一名焊工，韩立在岗位上干了二十年。", "韩立") == set()


def test_a_kind_of_person_in_a_role_clause_is_no_title():
    assert _posts("作为一名学员，韩立学得很认真。", "韩立") == set()


def test_ordinary_before_the_trade_is_no_part_of_the_title():
    assert _posts("作为一名普通焊工，韩立在岗位上干了二十年。", "韩立") == {("焊工", None)}


def test_ordinary_before_an_occupation_right_before_the_name():
    assert _posts("普通焊工韩立说，工会很暖心。", "韩立") == {("焊工", None)}
