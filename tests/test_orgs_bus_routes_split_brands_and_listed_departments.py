"""Organisations in shapes of real pages read in session 32 (issue 10): a bus
company's fleet known by its route number (18路车队), which names one body as a
brigade's number does; a company's brand jieba splits into words it coins; the
departments a gazetteer lists as set up inside a union (县总工会内设办公室、组织部).
Text, people and units are invented."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page
from tests.test_orgs_numbered_units_offices_and_left_edges import names, resolved


def test_a_fleet_known_by_its_route_number_opens_its_union_name():
    assert names("9月3日，27路车队工会组织驾驶员体检。") == ["27路车队工会"]


def test_a_fleet_known_by_its_route_number_stays_inside_its_company():
    found = names("青溪公交集团第二客运分公司27路车队工会开展慰问活动。")
    assert found == ["青溪公交集团第二客运分公司27路车队工会"]


def test_a_street_number_before_a_company_is_no_part_of_its_name():
    assert names("他在幸福路27号的桐川电气有限公司上班。") == ["桐川电气有限公司"]


def test_a_brand_jieba_splits_into_coined_words_is_read_after_its_place():
    assert names("近日，桐川迅快达物流有限公司工会成立。") == ["桐川迅快达物流有限公司工会"]


def test_a_brand_of_three_words_and_a_verb_trade_is_read_after_its_place():
    assert names("近日，青溪顺快达配送有限公司工会成立。") == ["青溪顺快达配送有限公司工会"]


def test_an_adverb_of_the_dictionary_before_a_company_still_ends_its_name():
    assert names("他在桐川非常喜欢这家配送有限公司。") == []


def test_a_long_phrase_between_a_place_and_a_company_form_opens_no_name():
    assert names("桐川市场主体数量增加配送有限公司增多。") == []


def test_departments_a_union_lists_as_set_up_inside_it_are_its_departments():
    page = news_page("1986年，青溪县总工会内设办公室、组织宣传部、女工部，有干部9人。")
    found = resolved(page)
    assert ("组织宣传部", "青溪县总工会组织宣传部") in found
    assert ("女工部", "青溪县总工会女工部") in found
    assert ("办公室", "青溪县总工会办公室") in found


def test_departments_listed_after_their_count_are_the_unions_departments():
    page = news_page("桐川市总工会机关内设4个部室：办公室、组织部、宣传教育部、女职工部。")
    found = resolved(page)
    assert ("宣传教育部", "桐川市总工会宣传教育部") in found
    assert not any(printed == "教育部" for printed, _ in found)


def test_the_verb_of_setting_up_departments_is_no_part_of_the_unions_name():
    assert names("青溪县总工会内设办公室、组织部、女职工部。") == ["青溪县总工会"]


def test_services_a_union_sets_up_are_no_departments():
    page = news_page("桐川市总工会设有法律援助热线、困难职工帮扶窗口，方便职工求助。")
    assert {name for _, name in resolved(page)} == {"桐川市总工会"}


def test_a_chair_named_after_the_list_holds_the_union_not_its_last_department():
    page = news_page("1986年，青溪县总工会内设办公室、组织部、女工部。1990年，周文华任主席。")
    assert ("周文华", "主席", "青溪县总工会") in first_article_positions(page)
