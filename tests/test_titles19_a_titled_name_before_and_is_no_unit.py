"""A titled name and the conjunction after it (某办公室主任甲和|副主席乙) printed between a
body and the next title are no unit of the body the next title takes in: the second
person's title is the title alone, never one holding the first person's name. Invented
names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _titles_of(name: str, positions: set[tuple[str, str, str | None]]) -> set[str]:
    return {title for person, title, _ in positions if person == name}


def test_a_federation_office_head_and_a_vice_chair():
    positions = first_article_positions(
        news_page("青禾县总工会办公室主任沈玉霞和副主席戴海峰观看了比赛。")
    )
    assert _titles_of("戴海峰", positions) == {"副主席"}
    assert ("沈玉霞", "主任", "青禾县总工会办公室") in positions


def test_a_company_office_head_and_a_deputy_manager_joined_by_yu():
    positions = first_article_positions(
        news_page("东岭机床有限公司办公室主任沈玉霞与副总经理戴海峰观看了比赛。")
    )
    assert _titles_of("戴海峰", positions) == {"副总经理"}


def test_no_title_holds_a_name():
    positions = first_article_positions(
        news_page(
            "东岭机床有限公司举办技能大赛。公司工会办公室主任沈玉霞和副总经理戴海峰观看了比赛。"
        )
    )
    assert not any("沈玉霞" in title for _, title, _ in positions)


def test_a_unit_before_a_head_is_still_read_into_the_post():
    positions = first_article_positions(
        news_page("东岭机床有限公司三车间主任戴海峰介绍了生产情况。")
    )
    assert ("戴海峰", "三车间主任", "东岭机床有限公司") in positions
