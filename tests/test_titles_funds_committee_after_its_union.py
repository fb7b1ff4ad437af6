"""A union's funds review committee printed right after the union's own name
(某市总工会经费审查委员会主任某某): the committee names the post, held at the union, as it
does after the union in a chain (tests/fixtures/ANNOTATION.md, settled); invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_funds_committee_chair_after_a_federation_s_name_holds_the_post_at_the_federation():
    text = news_page("4月2日，洛阳市总工会举办财务培训班。市总工会经费审查委员会主任罗青山讲话。")
    positions = first_article_positions(text)
    assert ("罗青山", "经费审查委员会主任", "洛阳市总工会") in positions
    assert ("罗青山", "主任", "洛阳市总工会经费审查委员会") not in positions


def test_a_funds_committee_chair_after_an_enterprise_union_holds_the_post_at_that_union():
    text = news_page("4月2日，青禾机械有限公司工会经费审查委员会主任罗青山参加会议。")
    assert ("罗青山", "经费审查委员会主任", "青禾机械有限公司工会") in first_article_positions(text)


def test_a_women_workers_committee_after_its_union_stays_an_organisation():
    text = news_page("4月2日，洛阳市总工会女职工委员会主任罗青山参加会议。")
    assert ("罗青山", "主任", "洛阳市总工会女职工委员会") in first_article_positions(text)


def test_a_chain_s_short_funds_committee_name_is_part_of_the_title_at_the_union():
    text = news_page("6月3日，青禾区总工会召开会议，区总工会副主席、经审委员会主任罗青山通报工作。")
    positions = first_article_positions(text)
    assert ("罗青山", "经审委员会主任", "青禾区总工会") in positions
    assert ("罗青山", "副主席", "青禾区总工会") in positions


def test_a_funds_committee_after_a_term_of_the_union_stays_the_body_s_committee():
    from gonghui_build.extract.people.titles import parse_chain

    text = "市总工会第十五届经费审查委员会主任"
    claims = parse_chain(text, len(text))
    assert [(c.title, c.org_written) for c in claims] != [("经费审查委员会主任", "市总工会")]
