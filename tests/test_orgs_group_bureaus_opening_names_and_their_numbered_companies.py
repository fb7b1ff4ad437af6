"""A central group's bureau (中铁九局, 中建三局) and its numbered companies (中铁九局三公司),
seen on real pages of railway and construction news: the company is read whole, with
the bureau's own number in its name; a locative 中 that jieba glues to the group's short
name (竞赛中|中铁) or the words of the sentence before it open no part of the name, where
a place before the group's name (中国中铁) stays. Invented bridges, contests and
sentences; the groups' short names are real (``org_suffixes.yaml`` bureau_groups)."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_bureaus_numbered_company_is_read_whole():
    assert _names("中铁九局三公司承建的青溪大桥昨日合龙。") == ["中铁九局三公司"]


def test_a_bureaus_numbered_companys_union_is_read_whole():
    assert _names("中铁七局二公司工会举办职工象棋赛。") == ["中铁七局二公司工会"]


def test_the_sentence_before_a_groups_bureau_is_no_part_of_its_name():
    assert _names("在技能比武中中建三局代表选手表现出色。") == ["中建三局"]
    assert _names("在劳动竞赛中铁九局摘得桂冠。") == ["中铁九局"]


def test_a_place_before_the_groups_name_stays():
    assert _names("中国中铁股份有限公司工会举办职工运动会。") == ["中国中铁股份有限公司工会"]


def test_a_metro_lines_number_is_part_of_a_project_departments_name():
    found = _names("中铁七局桐川公司青溪地铁9号线项目部喜获工人先锋号。")
    assert found == ["中铁七局桐川公司青溪地铁9号线项目部"]


def test_a_works_sections_number_is_part_of_a_project_departments_name():
    found = _names("中铁隧道局青溪高速公路18标段项目部为员工体检。")
    assert found == ["中铁隧道局青溪高速公路18标段项目部"]


def test_a_line_or_a_section_without_a_body_names_none():
    assert _names("青溪已开通地铁3号线。") == []
    assert _names("该线路共分6标段施工。") == []
