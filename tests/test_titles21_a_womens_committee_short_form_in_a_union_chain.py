"""A union's women workers' committee printed short (女职委, 女工委) as a later item of the
union's title chain, after 、, is the committee's head: 主任 at the union's 女职工委员会,
as the full name printed there is (tests/fixtures/ANNOTATION.md). Printed with its union
(某厂工会女工委主任) or after 兼 it stays one title at the union, as the older tuning gold
has it. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts_of(name: str, body: str) -> set[tuple[str, str | None]]:
    positions = first_article_positions(news_page(body))
    return {(title, org) for person, title, org in positions if person == name}


def test_a_district_federations_chain_ending_with_the_committee_printed_short():
    posts = _posts_of("邹雪莹", "区总工会党组成员、副主席、女职委主任邹雪莹出席活动并致辞。")
    assert ("主任", "区总工会女职工委员会") in posts
    assert ("副主席", "区总工会") in posts
    assert not any(title.startswith("女职委") for title, _ in posts)


def test_an_industry_unions_vice_chair_and_womens_committee_head():
    posts = _posts_of("童佩兰", "市机械工会副主席、女工委主任童佩兰主持会议。")
    assert posts == {("副主席", "市机械工会"), ("主任", "市机械工会女职工委员会")}


def test_the_short_form_printed_with_its_union_stays_one_title():
    posts = _posts_of("甘晓芸", "东岭纺织厂工会女工委主任甘晓芸为女工开设健康课堂。")
    assert posts == {("女工委主任", "东岭纺织厂工会")}


def test_the_short_form_joined_with_jian_stays_one_title():
    posts = _posts_of("何秀芝", "秦川配件厂工会副主席兼女工委主任何秀芝带领女工委员走访家庭。")
    assert ("女工委主任", "秦川配件厂工会") in posts


def test_the_full_name_in_a_chain_is_read_as_before():
    posts = _posts_of("柳青萍", "市总工会副主席、女职工委员会主任柳青萍出席。")
    assert posts == {("副主席", "市总工会"), ("主任", "市总工会女职工委员会")}
