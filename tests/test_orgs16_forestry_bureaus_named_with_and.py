"""A forestry bureau whose name holds 和 (林业和草原局, the 2018 reform's; a city's
林业和城乡绿化局) is one body: the walk left from 局 stopped at 和 and the bureau was lost
when printed among a city union's partners (某市总工会、某市林业和城乡绿化局、某市人防办…).
Both are now whole names (``org_suffixes.yaml`` joined_departments); two bodies joined
by 和 stay two. Seen on a Shandong road and bridge group's news page (session 36,
orgs16). Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_citys_forestry_and_greening_bureau_among_a_unions_partners():
    text = "泰安市总工会、泰安市林业和城乡绿化局、泰安市人防办联合开展调研。"
    assert _names(text) == ["泰安市总工会", "泰安市林业和城乡绿化局", "泰安市人防办"]


def test_a_provinces_forestry_and_grassland_bureau():
    found = first_article_orgs("省总工会、省林业和草原局联合举办林业职业技能竞赛。")
    assert "省林业和草原局" in found


def test_two_bodies_joined_by_and_stay_two():
    assert _names("青山市林业局和青山市农业农村局联合开展活动。") == [
        "青山市林业局",
        "青山市农业农村局",
    ]
