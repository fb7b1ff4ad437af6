"""An election's verb printed right before the title chain of the person it elects
(选举质检部部长某某为副主席): union congresses name the elected by their jobs so. The
verb is no part of the department's name (质检部, not 选举质检部), so the chain opens
after it and the post the 为 states is read too. Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.titles import parse_chain
from tests.conftest import first_article_positions, news_page


def test_the_department_before_a_head_elected_leaves_the_verb_out():
    text = "选举质检部部长何思明为副主席。"
    chain = parse_chain(text, text.index("何思明"))
    assert [(c.title_normalised, c.org_written) for c in chain] == [("部长", "质检部")]


def test_a_department_head_elected_holds_the_post_after_wei():
    found = first_article_positions(
        news_page("青禾机械厂工会召开会员代表大会，选举质检部部长何思明为副主席。")
    )
    assert ("何思明", "副主席", "青禾机械厂工会") in found
    assert not [f for f in found if f[2] and f[2].startswith("选举")]


def test_a_department_head_named_with_no_election_keeps_the_department_alone():
    text = "质检部部长何思明介绍了情况。"
    chain = parse_chain(text, text.index("何思明"))
    assert [(c.title_normalised, c.org_written) for c in chain] == [("部长", "质检部")]
