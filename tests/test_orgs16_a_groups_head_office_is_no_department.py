"""A group's head office (在某控股集团总部，…; 集团总部全体职工) is where something is
held, not a department of the group: the unit reader took 总部 for a unit ending with 部
(远洲控股集团总部) and the article then dropped the name, so the group was lost. 总部
(``org_suffixes.yaml`` head_offices) is no unit; a union of the head office (某集团总部
工会) and a real department after the group are still read whole. Seen on real pages of
a holding group's staff congress and of a company's member congress (session 36,
orgs16). Text and events are invented."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_a_holding_groups_head_office_as_a_place():
    found = first_article_orgs("在远洲控股集团总部，工会组织职工开展健步走活动。")
    assert found == {"远洲控股集团"}


def test_the_head_offices_staff():
    found = first_article_orgs("远洲控股集团总部全体职工参加会议。")
    assert found == {"远洲控股集团"}


def test_the_head_offices_union_is_read_whole():
    found = first_article_orgs("远洲控股集团总部工会联合社区开展义诊活动。")
    assert "远洲控股集团总部工会" in found


def test_a_department_of_the_group_is_still_its_unit():
    found = first_article_orgs("远洲控股集团运营部职工参加比赛。")
    assert "远洲控股集团运营部" in found
