"""A Party working committee (党工委) of a development zone or an industrial park is an
inner body, as a plant's 党委 is (``titles.yaml`` inner_bodies): 某工业集中区党工委书记某某
holds 党工委书记 at the zone as printed. Before, the committee was read as a body of its
own: the post was 书记 at 某工业集中区党工委. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    article = page_facts(news_page(body)).articles[0]
    return {(p.name, p.title_normalised, p.org_written) for p in article.positions}


def test_a_zones_working_committee_secretary_is_held_at_the_zone():
    body = "龙海市委常委、常务副市长，东园工业集中区党工委书记郜建国，龙海市总工会主席刘明出席。"
    assert ("郜建国", "党工委书记", "东园工业集中区") in _posts(body)


def test_a_working_committee_member_before_a_union_post_keeps_the_zone():
    body = "温州市瓯江新区党工委委员、工会联合会主席郜丽芳主持会议。"
    assert _posts(body) == {
        ("郜丽芳", "党工委委员", "温州市瓯江新区"),
        ("郜丽芳", "主席", "温州市瓯江新区工会联合会"),
    }
