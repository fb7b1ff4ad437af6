"""The Youth League's committee of a district or a county printed by its short form
(团区委, 团县委) beside other bodies is an organisation, as 团市委 already was; a
committee printed in full keeps its full name. Invented events."""

from __future__ import annotations

from tests.test_orgs8_office_staff_unions import written_orgs


def test_a_district_youth_league_committee_listed_after_a_federation_is_found():
    assert "团区委" in written_orgs("青枫区总工会、团区委联合举办青年职工联谊活动。")


def test_a_county_youth_league_committee_joined_by_he_is_found():
    assert "团县委" in written_orgs("青枫县总工会和团县委开展青年志愿服务活动。")


def test_the_full_name_of_a_district_youth_league_committee_stays_whole():
    assert "共青团青枫区委" in written_orgs("共青团青枫区委开展青年志愿服务活动。")
