"""Organisations in shapes of provincial pages (issue 10, session 25): units known by
their number (a geological brigade, an oil field's team), a province's departments
jieba reads as one word or cuts at 和, government offices and Party commissions by
their short names (外侨办, 台办, 教工委, 网信办), and the words that open no name on the
left (a verb before a whole name, 部署, a holiday) or close none on the right (an
adjective's phrase after a plant, a common noun ending with 乡). A place's short form
inside a person's name places no article. Text, people and units are invented; the
places are real places of China, as the reference data holds them."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.units import with_units
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import page_facts


def names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def resolved(text: str) -> set[tuple[str, str]]:
    """(printed, resolved name) of every organisation mention of a page."""
    facts = page_facts(text)
    return {(o.name_as_written, o.resolved.name) for a in facts.articles for o in a.orgs}


def test_a_brigade_known_by_its_arabic_number_is_a_body_and_its_union_one():
    assert names("6月2日，415地质队工会组织职工登山健身。") == ["415地质队工会"]


def test_a_team_known_by_its_number_in_chinese_numerals_is_a_body():
    assert names("二五八队工会开展了冬季长跑活动。") == ["二五八队工会"]


def test_a_brigade_with_an_ordinal_is_a_body():
    assert names("第六地质大队工会举办趣味运动会。") == ["第六地质大队工会"]


def test_a_count_before_a_union_is_still_no_name():
    assert names("全局22名专职工会干部参加培训。") == []


def test_a_provinces_department_jieba_reads_as_one_word_is_found():
    assert "省公安厅" in names("省公安厅派员到会指导。")


def test_a_provinces_departments_whose_names_hold_he_are_read_whole():
    found = names("由省文化和旅游厅与省工业和信息化厅主办，省住房和城乡建设厅协办。")
    assert found == ["省文化和旅游厅", "省工业和信息化厅", "省住房和城乡建设厅"]


def test_a_verb_after_a_persons_name_opens_no_department_of_the_federation():
    found = names("副主席柳青宣读全国总工会权益保障部发来的通知。")
    assert found == ["全国总工会权益保障部"]


def test_bushu_before_a_short_form_opens_no_name():
    assert names("会议部署院工会下一年度重点工作。") == ["院工会"]


def test_a_holiday_before_a_hospitals_union_is_no_part_of_its_name():
    found = names("5.12护士节桐川县人民医院工会向护士赠送鲜花。")
    assert not any(n.startswith("护士节") for n in found)


def test_an_adjectives_phrase_after_a_plant_is_no_unit_of_it():
    text = "油田公司慰问桐川采油厂特困家庭"
    tokens = tag_tokens(text)
    found = [s.written for s in with_units(text, find_org_spans(text, tokens), tokens)]
    assert not any(n.endswith("家庭") for n in found)


def test_government_offices_by_their_short_names_are_bodies():
    assert names("市外侨办主任陶立新陪同。") == ["市外侨办"]
    assert names("县台办主任王晓峰出席。") == ["县台办"]
    assert names("市人防办和市信访办派员参加。") == ["市人防办", "市信访办"]


def test_a_committees_commissions_by_their_short_names_are_bodies():
    assert names("市委教工委副书记郭明远出席。") == ["市委教工委"]
    assert names("省委网信办与省档案馆协办。") == ["省委网信办", "省档案馆"]


def test_a_common_noun_ending_with_xiang_is_no_township():
    assert not any(n.endswith("城乡") for n in names("市城乡交通运输委派员参加。"))
    assert names("市城乡一体化办公室派员参加。") == ["市城乡一体化办公室"]


def test_a_city_inside_a_persons_name_places_no_body_of_the_article():
    found = resolved("1月9日，市总工会副主席孟长春到集团走访慰问困难职工。")
    assert not any(name.startswith("长春") for _, name in found)
