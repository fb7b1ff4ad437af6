"""A union whose suffix jieba glues to the verb 组织 (工会组织 read as one noun): the union
named by a firm whose brand is an ordinary word is found when the words after 组织 read
it as the union's verb (its workers, a verb, 了, a count); the noun 工会组织 of a kind of
body (基层工会组织建设, 各级工会组织要…) names none. Invented firms and sentences."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_firms_union_organising_its_workers_is_found():
    assert _names("青松化工公司工会组织职工开展健步走活动。") == ["青松化工公司工会"]


def test_a_groups_union_organising_a_campaign_is_found():
    assert _names("星火建材集团工会组织开展岗位练兵。") == ["星火建材集团工会"]


def test_a_union_organising_with_a_particle_or_a_count_is_found():
    assert _names("青松化工公司工会组织了一场拔河比赛。") == ["青松化工公司工会"]
    assert _names("青松化工公司工会组织60名女职工参加体检。") == ["青松化工公司工会"]


def test_the_noun_union_body_of_a_kind_names_none():
    assert _names("基层工会组织建设不断加强。") == []
    assert _names("各级工会组织要发挥桥梁作用。") == []
    assert _names("基层工会组织开展送清凉活动。") == []


def test_a_firms_union_body_as_a_noun_names_none():
    assert _names("青松化工公司工会组织建设不断加强。") == []
