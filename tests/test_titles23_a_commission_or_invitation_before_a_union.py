"""受市总工会主席某某委托 'on behalf of the city union's chairman', 应区总工会邀请 'at the
district union's invitation': jieba glues the verb to the level word (受市, 应区), which
cut the federation's short form (总工会 with no level) or took the verb into its name
(受区总工会). The verb opens no name, as 经 and 据 do not. Invented names and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts

_OPENING = "6月3日，湛江市总工会召开座谈会。"


def _posts_of(name: str, body: str) -> set[tuple[str, str | None]]:
    positions = first_article_positions(news_page(_OPENING + body))
    return {(title, org) for person, title, org in positions if person == name}


def test_a_city_chair_named_in_a_commission_holds_the_city_unions_post():
    body = "受市总工会主席吴振华委托，副主席林志强讲话。"
    assert _posts_of("吴振华", body) == {("主席", "湛江市总工会")}


def test_a_chain_in_a_commission_keeps_its_body_for_each_post():
    body = "受市总工会党组书记、主席吴振华委托，副主席林志强讲话。"
    assert _posts_of("吴振华", body) == {("党组书记", "湛江市总工会"), ("主席", "湛江市总工会")}


def test_the_verb_is_no_part_of_a_district_unions_name():
    body = "受区总工会主席吴振华委托，副主席林志强讲话。"
    orgs = {o.written for o in page_facts(news_page(_OPENING + body)).articles[0].orgs}
    assert "受区总工会" not in orgs
    assert "区总工会" in orgs


def test_an_invitation_does_not_join_the_district_unions_name():
    body = "应区总工会主席吴振华邀请，林志强作报告。"
    orgs = {o.written for o in page_facts(news_page(_OPENING + body)).articles[0].orgs}
    assert "应区总工会" not in orgs


def test_a_person_surnamed_ying_is_still_read():
    body = "应德华主持会议，市总工会主席吴振华出席。"
    names = {p.name for p in page_facts(news_page(_OPENING + body)).articles[0].people}
    assert "应德华" in names
