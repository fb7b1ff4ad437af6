"""A railway bureau group's sections (工务段, 车务段, 机务段, 电务段, 车辆段, 供电段, 客运段,
货运段), named by their town after their group (某局集团有限公司某某工务段) or alone: jieba
reads 工务段 as a common noun, so the walk stopped at the group's 有限公司 and the section
was lost, and two listed sections were no bodies at all. They are now company suffixes
(``org_suffixes.yaml``). Seen on the ACFTU's women workers' award list, a news agency's
photo caption, a workers' daily item and a railway bureau's paper (session 37, orgs17).
Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_track_section_after_its_group_in_an_award_list():
    text = "中国铁路兰州局集团有限公司西宁工务段探伤车间等10个集体获奖。"
    assert "中国铁路兰州局集团有限公司西宁工务段" in first_article_orgs(text)


def test_two_sections_listed():
    assert _names("兰州机务段、西宁车务段职工参加比赛。") == ["兰州机务段", "西宁车务段"]


def test_a_sections_union_as_before():
    assert _names("西宁工务段工会开展送清凉活动。") == ["西宁工务段工会"]


def test_the_sections_of_a_kind_name_none():
    assert first_article_orgs("各车务段工会主席参加会议，铁路工务段职工常年坚守一线。") == set()
