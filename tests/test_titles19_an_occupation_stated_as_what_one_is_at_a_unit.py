"""A profile states a worker's trade after the employer's name and the particle 的
(某某是某公司的模具钳工, 某某是某公司某中心的一名模具钳工, 某某，某公司的焊工): the trade is
the person's post at that body, with neither 的 nor 一名 in the title. A noun of no post
there (员工, 职工) or a phrase 的 joins to a title (工会主席的得力助手) states none.
Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_OPENING = "东岭重工有限公司举办技能大赛，选手刘金宝获得第一名。"


def _positions(sentence: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(_OPENING + sentence))


def test_is_a_trade_of_the_company_after_de():
    found = _positions("刘金宝是东岭重工有限公司的模具钳工，从业十年。")
    assert ("刘金宝", "模具钳工", "东岭重工有限公司") in found


def test_is_one_of_the_trade_of_a_unit_of_the_company():
    found = _positions("刘金宝是东岭重工有限公司机械制造中心的一名模具钳工，从业十年。")
    assert ("刘金宝", "模具钳工", "东岭重工有限公司机械制造中心") in found


def test_a_unit_of_the_company_printed_short_after_an_age():
    found = _positions("33岁的刘金宝是公司机械制造中心的模具钳工。")
    assert ("刘金宝", "模具钳工", "东岭重工有限公司机械制造中心") in found


def test_a_profile_after_a_comma_keeps_no_de_in_the_title():
    found = _positions("刘金宝，东岭重工有限公司的模具钳工，从业十年。")
    assert ("刘金宝", "模具钳工", "东岭重工有限公司") in found
    assert not any(title.startswith("的") for _, title, _ in found)


def test_a_noun_of_no_post_after_de_states_none():
    assert not any(
        p == "刘金宝" for p, _, _ in _positions("刘金宝是东岭重工有限公司的一名普通职工。")
    )
    assert not any(p == "刘金宝" for p, _, _ in _positions("刘金宝是东岭重工有限公司的员工。"))


def test_a_phrase_de_joins_to_a_title_states_no_post():
    found = _positions("刘金宝是东岭重工有限公司工会主席的得力助手。")
    assert not any(p == "刘金宝" for p, _, _ in found)
