"""A sector's union of a city or a district printed with its bare level word (市卫生健康
系统工会, 区卫健系统工会, its head 主任) is that place's one body, as 市卫健工会 is; the
grammar refused a bare level word before a sector, and jieba reads 健康 as an adjective,
which cut the name to 系统工会. 全市…系统工会 and 各区…系统工会 still name every union of
the sector. Seen on real pages of two cities' health-sector unions (s39, orgs21). Text and
people are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_health_sector_union_of_the_city_is_one_body():
    assert _names("市卫生健康系统工会主任陈春梅到会指导。") == ["市卫生健康系统工会"]


def test_a_named_citys_health_sector_union_is_read_whole():
    assert _names("淮北市卫生健康系统工会召开会员代表大会。") == ["淮北市卫生健康系统工会"]


def test_a_districts_sector_union_by_its_level_word_is_one_body():
    assert _names("区卫健系统工会举办培训。") == ["区卫健系统工会"]
    assert _names("市教育系统工会举办青年教师培训。") == ["市教育系统工会"]


def test_every_union_of_a_sector_is_still_none():
    for text in (
        "全市卫生健康系统工会干部参加培训。",
        "全市教育系统工会干部参加培训。",
        "各区教育系统工会举办培训。",
        "文博系统工会积极开展读书活动。",
    ):
        assert _names(text) == [], text


def test_the_health_commission_is_unchanged():
    assert _names("市卫生健康委副主任王某出席。") == ["市卫生健康委"]
