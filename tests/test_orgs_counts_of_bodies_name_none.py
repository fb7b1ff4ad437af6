"""A count of a place's bodies (某区有基层工会N个): the verb 有 ends a name on the left,
so the place and the generic kind after it make no organisation. Invented companies."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_count_of_a_district_s_grassroots_unions_names_no_body():
    assert _names("至年底，海淀区有基层工会一千二百个。") == []


def test_a_company_after_the_verb_of_a_count_is_still_read():
    assert _names("辖区有北京青禾电子有限公司等企业。") == ["北京青禾电子有限公司"]


def test_a_name_that_jieba_keeps_whole_with_you_is_not_cut():
    assert _names("北京有色金属研究总院工会召开大会。") == ["北京有色金属研究总院工会"]
