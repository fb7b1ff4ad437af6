"""A name with a title before it that an election states a post for (某学院教授甲当选为
女职工委员会主任) holds both posts: the one printed before it and the one it is elected
to, which was lost when the titled name's reading took the span. Invented names, bodies
and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _titles_of(name: str, positions: set[tuple[str, str, str | None]]) -> set[str]:
    return {title for person, title, _ in positions if person == name}


def test_a_professor_elected_head_of_the_womens_committee():
    positions = first_article_positions(
        news_page("会上，外国语学院教授施雅琴当选为女职工委员会主任。")
    )
    assert _titles_of("施雅琴", positions) == {"教授", "主任"}


def test_a_workshop_head_elected_the_companys_union_chair():
    positions = first_article_positions(
        news_page("东岭机床有限公司召开工会会员代表大会，装配车间主任廖春燕当选为公司工会主席。")
    )
    assert ("廖春燕", "主席", "东岭机床有限公司工会") in positions


def test_a_name_opening_the_clause_is_elected_as_before():
    positions = first_article_positions(news_page("会上，施雅琴当选为女职工委员会主任。"))
    assert _titles_of("施雅琴", positions) == {"主任"}
