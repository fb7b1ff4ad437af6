"""A federation named after a division of China printed by its full name, which jieba
cuts into pieces (a character and a generic word such as 城区 or 山区, or a character it
reads as a verb) or tags as a common noun: the whole division opens the name, with its
city before it. A union's centre for workers in hardship (困难职工帮扶中心) is one body,
though jieba reads 帮扶 as a verb, and so is a district's labour dispute arbitration court
(劳动人事争议仲裁院) and a union's legal-aid station (职工法律援助站), also when its
federation is printed by its level word alone (县总工会职工法律援助站). Invented sentences and people; the divisions are real
(``reference/divisions.yaml``)."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_positions, news_page, page_facts


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_district_jieba_cuts_into_a_generic_word_is_one_federation():
    assert _names("1月5日，大同市平城区总工会召开述职会。") == ["大同市平城区总工会"]
    assert _names("上午，长沙市望城区工会第三次代表大会开幕。") == ["长沙市望城区工会"]


def test_a_city_opening_with_a_determiner_character_is_a_place():
    assert _names("本溪市平山区总工会举办培训班。") == ["本溪市平山区总工会"]


def test_a_division_the_walk_half_read_is_read_whole_with_its_city():
    assert _names("南宁市西乡塘区总工会走访快递网点。") == ["南宁市西乡塘区总工会"]


def test_a_generic_area_word_after_a_city_stays_no_division():
    assert _names("全市城区总工会开展慰问。") == []


def test_a_two_character_county_after_a_conjunction_opens_no_name():
    assert "和县总工会" not in _names("市总工会和县总工会联合举办培训。")


def test_the_article_lists_the_whole_federation():
    text = news_page("近日，重庆市璧山区总工会发布服务清单，共列出四十项服务。")
    names = {o.resolved.name for o in page_facts(text).articles[0].orgs}
    assert "重庆市璧山区总工会" in names


def test_a_city_jieba_tags_as_a_common_noun_makes_a_body_particular():
    # 大同市/n: the full name of a division, whatever its tag
    assert _names("全年大同市困难职工帮扶中心共帮扶职工三百人。") == ["大同市困难职工帮扶中心"]


def test_a_unions_hardship_centre_is_one_body():
    assert _names("副主席一行到丰台区困难职工帮扶中心看望工作人员。") == ["丰台区困难职工帮扶中心"]


def test_a_hardship_centre_without_its_place_is_read_in_context():
    text = news_page("宁波市总工会召开会议。会后，与会人员参观了市困难职工帮扶中心。")
    names = {o.resolved.name for o in page_facts(text).articles[0].orgs}
    assert "宁波市困难职工帮扶中心" in names


def test_a_bare_hardship_centre_names_no_body():
    assert _names("工会干部介绍了帮扶中心的窗口设置。") == []


def test_a_districts_arbitration_court_is_one_body():
    assert _names("下午，朝阳区劳动争议仲裁院仲裁员为职工讲解案例。") == ["朝阳区劳动争议仲裁院"]


def test_an_arbitrator_is_titled_at_the_arbitration_court():
    text = news_page("下午，丰台区劳动争议仲裁院仲裁员韩立秋为学员讲解调解实务。")
    posts = {(n, t, o) for n, t, o in first_article_positions(text)}
    assert ("韩立秋", "仲裁员", "丰台区劳动争议仲裁院") in posts


def test_a_bare_arbitration_court_names_no_body():
    assert _names("仲裁院院长介绍了全年办案情况。") == []


def test_a_unions_legal_aid_station_is_one_body():
    assert _names("近日，临河县职工法律援助工作站今天揭牌。") == ["临河县职工法律援助工作站"]


def test_a_station_of_a_federation_named_by_its_level_is_read_in_context():
    text = news_page("宁陵县总工会开展普法宣传。三月，十名工友找到县总工会职工法律援助站求助。")
    names = {o.resolved.name for o in page_facts(text).articles[0].orgs}
    assert "宁陵县总工会职工法律援助站" in names


def test_words_that_describe_after_a_federation_short_form_name_no_body():
    assert _names("县总工会内设办公室和组织部。")[0] == "县总工会"
