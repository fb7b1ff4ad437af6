"""Two titles joined by a conjunction before two names listed with 、 are read in turn
(某公司总经理和工会主席甲、乙: 甲 the company's 总经理, 乙 its union's 主席), not as one
post both share (部长和副部长) nor with the first title lost. A third name or a closing 等
leaves the pairing unsure: the chain is read as before. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _titles_of(
    name: str, positions: set[tuple[str, str, str | None]]
) -> set[tuple[str, str | None]]:
    return {(title, org) for person, title, org in positions if person == name}


def test_a_department_head_and_deputy_named_in_turn():
    positions = first_article_positions(
        news_page("青禾县总工会组织部部长和副部长沈玉霞、戴海峰参加了活动。")
    )
    assert _titles_of("沈玉霞", positions) == {("部长", "青禾县总工会组织部")}
    assert _titles_of("戴海峰", positions) == {("副部长", "青禾县总工会组织部")}


def test_a_company_head_and_its_union_chair_named_in_turn():
    positions = first_article_positions(
        news_page("东岭机床有限公司总经理和工会主席邹海波、廖春燕陪同调研。")
    )
    assert _titles_of("邹海波", positions) == {("总经理", "东岭机床有限公司")}
    assert _titles_of("廖春燕", positions) == {("主席", "东岭机床有限公司工会")}


def test_joined_by_yu_too():
    positions = first_article_positions(
        news_page("青禾县总工会组织部部长与副部长沈玉霞、戴海峰参加了活动。")
    )
    assert _titles_of("戴海峰", positions) == {("副部长", "青禾县总工会组织部")}


def test_one_title_over_two_names_is_still_shared():
    positions = first_article_positions(
        news_page("安澜区总工会党组成员、副主席许晓东、冯立新等陪同调研。")
    )
    assert _titles_of("冯立新", positions) == _titles_of("许晓东", positions)
    assert ("副主席", "安澜区总工会") in _titles_of("冯立新", positions)


def test_three_names_are_not_paired():
    positions = first_article_positions(
        news_page("青禾县总工会组织部部长和副部长沈玉霞、戴海峰、邹海波参加了活动。")
    )
    assert ("副部长", "青禾县总工会组织部") not in _titles_of("戴海峰", positions)
    assert ("部长", "青禾县总工会组织部") not in _titles_of("沈玉霞", positions)


def test_a_titled_name_before_the_conjunction_keeps_the_list_shared():
    positions = first_article_positions(
        news_page("青禾县总工会主席沈玉霞和副主席戴海峰、邹海波出席了开幕式。")
    )
    assert ("副主席", "青禾县总工会") in _titles_of("戴海峰", positions)
    assert ("副主席", "青禾县总工会") in _titles_of("邹海波", positions)
    assert _titles_of("沈玉霞", positions) == {("主席", "青禾县总工会")}


def test_a_two_character_name_before_the_conjunction():
    positions = first_article_positions(
        news_page("青禾县总工会主席沈玉和副主席戴海峰、邹海波出席了开幕式。")
    )
    assert ("副主席", "青禾县总工会") in _titles_of("邹海波", positions)
    assert ("主席", "青禾县总工会") not in _titles_of("戴海峰", positions)
