"""A union's funds review committee printed after a title of the bare word 工会 in one
chain (工会副主席兼经费审查委员会主任, 工会副主席、经费审查委员会主任) is that union's: the
committee's head is held where the bare 工会 is, the union of the body the article
reports. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_OPENING = "东岭工程大学第十次工会会员代表大会举行。"


def test_a_committee_head_after_jian_is_the_bare_unions():
    text = news_page(_OPENING + "工会副主席兼经费审查委员会主任蔡明成作经费审查报告。")
    positions = first_article_positions(text)
    assert ("蔡明成", "副主席", "东岭工程大学工会") in positions
    assert ("蔡明成", "经费审查委员会主任", "东岭工程大学工会") in positions


def test_a_committee_head_after_a_comma_of_the_chain_is_the_bare_unions():
    text = news_page(_OPENING + "工会副主席、经费审查委员会主任蔡明成作经费审查报告。")
    assert ("蔡明成", "经费审查委员会主任", "东岭工程大学工会") in first_article_positions(text)


def test_a_party_post_after_a_bare_union_title_stays_the_enterprises():
    text = news_page("东岭机床有限公司召开职代会。工会主席、党委副书记蔡明成作报告。")
    positions = first_article_positions(text)
    assert ("蔡明成", "党委副书记", "东岭机床有限公司") in positions
    assert ("蔡明成", "党委副书记", "东岭机床有限公司工会") not in positions


def test_after_a_named_federation_the_committee_is_the_federations():
    text = news_page("东岭区总工会召开全委会。区总工会副主席、经费审查委员会主任蔡明成作报告。")
    assert ("蔡明成", "经费审查委员会主任", "东岭区总工会") in first_article_positions(text)
