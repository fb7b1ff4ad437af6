"""A visit of inspection to a place whose object is the unions' work (某某到普陀区调研工会
女职工工作, 到某区检查工会经费工作) names no union: the walk left from 工会 took the verb
(调研, a noun-verb to jieba) and the place before it for a union's name (普陀区调研工会).
Right before a union's suffix such verbs (``org_suffixes.yaml`` union_work_visit_verbs)
end the name; a visiting group's unit (某省总工会调研组, 某省工会考察团) and the party's
纪律检查委员会 keep them. Seen on real pages of the national federation's women's
department and city federations' leaders visiting districts (session 36, orgs16). Text
and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_visit_to_look_into_the_unions_womens_work():
    found = first_article_orgs("全国总工会女职工部部长丁玉兰到普陀区调研工会女职工工作。")
    assert found == {"全国总工会女职工部"}


def test_an_inspection_of_the_unions_funds():
    assert _names("丁玉兰到海淀区检查工会经费工作。") == []


def test_a_visit_by_a_city_federation_reads_only_the_federation():
    found = first_article_orgs("市总工会副主席李明到青山区走访工会会员代表。")
    assert "青山区走访工会" not in found


def test_a_visiting_group_of_a_federation_keeps_its_name():
    assert _names("黑龙江省工会考察团赴江苏考察。") == ["黑龙江省工会考察团"]


def test_the_partys_discipline_inspection_commission_keeps_its_name():
    assert _names("中共青川县纪律检查委员会召开全会。") == ["中共青川县纪律检查委员会"]


def test_a_district_union_after_a_plain_verb_is_still_read():
    assert _names("副主席孙立来到青山区总工会调研。") == ["青山区总工会"]
