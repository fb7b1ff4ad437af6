"""A bare 工会 title after a street's or zone's Party working committee in one chain
(某街道党工委副书记、工会主席某某) is the chair of the street's union, as the committee's
other bare posts are the street's (办事处主任 at 某街道办事处), never a union of the
committee itself (某街道党工委工会). Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts_of(name: str, body: str) -> set[tuple[str, str | None]]:
    positions = first_article_positions(news_page(body))
    return {(title, org) for person, title, org in positions if person == name}


def test_a_streets_deputy_secretary_and_union_chair():
    posts = _posts_of("李素娟", "永安街道党工委副书记、工会主席李素娟对新一届工会提出要求。")
    assert ("主席", "永安街道工会") in posts
    assert ("副书记", "永安街道党工委") in posts


def test_a_zones_committee_member_and_union_chair():
    posts = _posts_of("韩立群", "高新区党工委委员、工会主席韩立群出席成立大会。")
    assert ("主席", "高新区工会") in posts


def test_a_towns_party_committee_post_and_union_chair_as_before():
    posts = _posts_of("李素娟", "城关镇党委副书记、工会主席李素娟出席。")
    assert posts == {("副书记", "城关镇党委"), ("主席", "城关镇工会")}  # 镇党委: org35


def test_a_companys_department_and_union_chair_as_before():
    posts = _posts_of("周海燕", "岭南齿轮有限公司党群工作部部长、工会副主席周海燕主持会议。")
    assert ("副主席", "岭南齿轮有限公司工会") in posts
