"""A title's organisation whose walk back from the post stops at a one-character word
jieba reads as a preposition inside the name (北京顺|航天厨…公司厨师某某), where the
article's organisations read the name whole at the same place: the post is held at the
whole name, and the shorter reading is no mention of its own (ANNOTATION.md: the body
printed with an occupation). Invented firms and people."""

from __future__ import annotations

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
