"""A title of a union's own committee (女工委主任, 女职委主任, 经审会主任) printed after a
body that is no union (某厂女工委主任, 校女工委副主任) is held at that body's union, whose
committee it is; after a union it stays that union's, and with no body printed, none.
Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_womens_committee_head_after_a_company_is_the_companys_unions():
    text = news_page("东岭机车有限公司女工委主任王延芳介绍了大会概况。")
    positions = first_article_positions(text)
    assert ("王延芳", "女工委主任", "东岭机车有限公司工会") in positions
    assert ("王延芳", "女工委主任", "东岭机车有限公司") not in positions


def test_a_deputy_after_a_schools_short_form_is_the_schools_unions():
    text = news_page(
        "东岭工程大学工会召开会议。会议由校女工委副主任沈国英主持，与会人员学习了有关法规。"
    )
    assert ("沈国英", "女工委副主任", "东岭工程大学工会") in first_article_positions(text)


def test_a_party_post_in_the_same_chain_stays_the_companys():
    text = news_page("东岭机车有限公司党委副书记、女工委主任王延芳介绍了大会概况。")
    positions = first_article_positions(text)
    assert ("王延芳", "党委副书记", "东岭机车有限公司") in positions
    assert ("王延芳", "女工委主任", "东岭机车有限公司工会") in positions


def test_after_a_federation_the_post_stays_the_federations():
    text = news_page("东岭区总工会女工委主任王延芳介绍了大会概况。")
    assert ("王延芳", "女工委主任", "东岭区总工会") in first_article_positions(text)


def test_after_a_union_no_second_union_is_added():
    text = news_page("东岭机车有限公司工会女工委主任王延芳介绍了大会概况。")
    positions = first_article_positions(text)
    assert ("王延芳", "女工委主任", "东岭机车有限公司工会") in positions
    assert not any(org and org.endswith("工会工会") for _, _, org in positions)
