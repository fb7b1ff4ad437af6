"""A union's funds review committee printed right after its union before a head's title
(某市总工会经费审查委员会主任某某) is part of the title, held at the union, as it is in a
chain; the women workers' committee printed so stays a body of its own. Invented names,
bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_funds_committee_head_printed_after_a_federation_holds_the_post_at_it():
    text = news_page("青禾县总工会经费审查委员会主任柴文华在开班时讲话，要求学员管好会费。")
    positions = first_article_positions(text)
    assert ("柴文华", "经费审查委员会主任", "青禾县总工会") in positions
    assert ("柴文华", "主任", "青禾县总工会经费审查委员会") not in positions


def test_a_funds_committee_deputy_after_an_enterprise_union_holds_the_post_at_it():
    text = news_page("东岭机床有限公司工会经费审查委员会副主任卢小芹作审查报告。")
    assert ("卢小芹", "经费审查委员会副主任", "东岭机床有限公司工会") in first_article_positions(
        text
    )


def test_a_women_workers_committee_after_its_union_stays_a_body_of_its_own():
    text = news_page("青禾县总工会女职工委员会主任韩晓梅主持座谈会。")
    assert ("韩晓梅", "主任", "青禾县总工会女职工委员会") in first_article_positions(text)
