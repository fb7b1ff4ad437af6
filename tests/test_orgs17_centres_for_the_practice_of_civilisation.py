"""The centres for the practice of civilisation in the new era (新时代文明实践中心 of a
county, its 分中心, the 所 of a town, the 站 of a community), which unions join in services
to workers: jieba reads 实践 as a verb and 文明 as a person's name, so the walk ended the
name at 时代 and the body was lost; a branch centre (分中心) jieba reads as one word the
suffix 中心 could not end. The term is now a fixed term of a name and 分中心, 文明实践所,
文明实践站 are suffixes (``org_suffixes.yaml``). Seen on a Shanghai street union's page,
a county portal and a district union's post-station page (session 37, orgs17). Text and
events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_streets_branch_centre():
    assert _names("东兴街道新时代文明实践分中心开展志愿服务。") == ["东兴街道新时代文明实践分中心"]


def test_a_countys_centre_beside_its_federation():
    found = first_article_orgs("青山县新时代文明实践中心、县总工会联合开展活动。")
    assert {"青山县新时代文明实践中心", "县总工会"} <= found


def test_a_communitys_station_and_a_towns_post():
    assert _names("和平社区新时代文明实践站为户外劳动者提供服务。") == ["和平社区新时代文明实践站"]
    assert _names("石门镇新时代文明实践所举办讲座。") == ["石门镇新时代文明实践所"]


def test_the_spirit_of_the_practice_names_no_body():
    assert first_article_orgs("大力弘扬新时代文明实践精神。") == set()


def test_a_count_of_branch_centres_names_none():
    assert first_article_orgs("全区设立分中心3个。") == set()
