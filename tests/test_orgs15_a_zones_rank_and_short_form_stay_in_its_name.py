"""A state-level zone's rank (国家高新区, 国家经开区) and a zone's short form whose 区
jieba glues to the union after it (某某经开|区工会) stay in the zone body's name.

jieba reads 国家 as a noun ending in the measure word 家 (三家企业), which ended the
name there and left the city off (衡阳国家高新区工会 read 高新区工会); and it cuts 经开区
工会 as 经|开|区工会, the walk stopping at the verb 开. Seen on real pages of zone unions'
congresses (Hunan, Shanxi) and a national report on zones' unions (session 36, orgs15).
Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_national_high_tech_zones_union_keeps_its_city():
    found = first_article_orgs("12月20日，衡山国家高新区工会召开第一次代表大会。")
    assert "衡山国家高新区工会" in found
    assert "高新区工会" not in found


def test_a_national_zones_federation_keeps_its_city():
    assert _names("岳阳国家高新区总工会召开全体会议。") == ["岳阳国家高新区总工会"]


def test_a_ranked_development_zones_committee_keeps_its_city():
    found = _names("株洲国家经开区工会工作委员会组织开展职工篮球赛。")
    assert found == ["株洲国家经开区工会工作委员会"]


def test_a_zones_short_form_glued_to_its_union_stays_whole():
    assert _names("吴中经开区工会召开会议。") == ["吴中经开区工会"]


def test_a_count_of_firms_still_ends_a_name():
    assert "28家企业工会" not in first_article_orgs("全区28家企业工会参加了培训。")


def test_the_state_elsewhere_opens_no_name():
    found = first_article_orgs("他们为国家建设贡献力量，平江县总工会给予表彰。")
    assert found == {"平江县总工会"}
