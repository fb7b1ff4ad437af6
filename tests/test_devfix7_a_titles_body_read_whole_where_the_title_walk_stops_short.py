"""A title's organisation whose walk back from the post stops at a one-character word
jieba reads as a preposition inside the name (北京顺|航天厨…公司厨师某某), where the
article's organisations read the name whole at the same place: the post is held at the
whole name, and the shorter reading is no mention of its own (ANNOTATION.md: the body
printed with an occupation). Invented firms and people."""

from __future__ import annotations

from gonghui_build.extract.facts import OrgFact, PositionFact, ResolvedOrg, Span
from gonghui_build.extract.organisations.widened_titles import widen_titles_to_whole_names
from gonghui_build.vocabulary import OrgType, ResolvedBy
from tests.conftest import page_facts


def _facts(text: str):
    article = page_facts(text).articles[0]
    positions = {
        (p.name, p.title_normalised, p.org.name if p.org else None) for p in article.positions
    }
    return positions, {o.resolved.name for o in article.orgs}


def test_a_post_is_held_at_the_whole_name_the_article_reads():
    positions, orgs = _facts("本报讯 比赛中，北京顺航天厨食品有限公司厨师蓝海涛获得第一名。")
    assert ("蓝海涛", "厨师", "北京顺航天厨食品有限公司") in positions
    assert "航天厨食品有限公司" not in orgs


def test_a_name_the_walk_reads_whole_is_unchanged():
    # near miss: the walk reads the whole name itself
    positions, orgs = _facts("本报讯 比赛中，北京恒顺天食品有限公司厨师王海涛获得第一名。")
    assert ("王海涛", "厨师", "北京恒顺天食品有限公司") in positions
    assert orgs == {"北京恒顺天食品有限公司"}


def test_a_union_of_a_firm_keeps_its_post_at_the_union():
    # near miss: a union's post stays at the union, not widened to a name ending elsewhere
    positions, _ = _facts("本报讯 北京恒顺天食品有限公司工会主席王海涛到场慰问。")
    assert ("王海涛", "主席", "北京恒顺天食品有限公司工会") in positions


def _mention(written: str, start: int, resolved: ResolvedOrg) -> OrgFact:
    end = start + len(written)
    return OrgFact(written, written, resolved, 0.8, Span(1, start, end, start, end, False))


def test_a_short_form_completed_from_the_article_keeps_its_full_name():
    # near miss: 项目部工会 the article completed to the department's union it names in
    # full is a whole name already; a longer reading ending at it (running across a
    # closing quotation mark) does not take the post
    full = "日照市岚山区沿海公路改造工程项目部工会"
    inner = _mention("项目部工会", 44, ResolvedOrg(full, ResolvedBy.context, None, OrgType.union))
    longer_name = "日照市岚山区沿海公路改造工程项目部”项目部工会"
    longer = _mention(
        "”项目部工会", 43, ResolvedOrg(longer_name, ResolvedBy.context, None, OrgType.union)
    )
    span = Span(1, 44, 52, 44, 52, False)
    post = PositionFact(
        "韩立军", "主席", "主席", "项目部工会", "项目部工会", inner.resolved, 0.9, span, ""
    )
    mentions, positions = widen_titles_to_whole_names([longer, inner], [post])
    assert positions == [post]
    assert inner in mentions


def test_an_honour_before_the_body_is_not_taken_into_it():
    # near miss: the walk stops at an honour (劳动模范), rightly; a longer reading
    # running over it does not take the post
    positions, _ = _facts(
        "本报讯 5日，石湾市劳模表彰大会举行。石湾市劳动模范青禾区柳塘街小学教师"
        "韦海川代表全体劳模宣读了倡议书。"
    )
    assert ("韦海川", "教师", "青禾区柳塘街小学") in positions


def test_a_name_broken_across_lines_is_read_whole_too():
    # a narrow column breaks the name after its first character (北|京顺…), as a
    # yearbook's page prints it
    positions, _ = _facts(
        "本报讯 全区四十六家单位一千零八十名职工参赛。北\n"
        "京顺航天厨食品有限公司厨师蓝海涛获中式烹调第一名。"
    )
    assert ("蓝海涛", "厨师", "北京顺航天厨食品有限公司") in positions
