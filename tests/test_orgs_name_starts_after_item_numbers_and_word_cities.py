"""Where an organisation's name starts (issue 10): an item's number opening a list's
line is no part of it, a city whose own name is a word of the language keeps its name,
and a place glued to the body after it is no person's name on a roster line. Names,
places and people are invented, in the shapes of real award lists and union news."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.model import with_model
from gonghui_build.extract.people.rosters import roster_line
from gonghui_build.extract.people.titles import parse_chain
from gonghui_build.text.tokenizer import tag_tokens


def test_an_item_number_opening_a_caption_line_is_no_part_of_the_body():
    line = "9.桐山县青坝镇党委书记 苟文远"
    claims = parse_chain(line, line.index(" "), caption=True)
    assert [c.org_written for c in claims] == ["桐山县青坝镇党委"]  # a town's 党委: org35
    line = "12、桐川市第二中学副校长 林小溪"
    claims = parse_chain(line, line.index(" "), caption=True)
    assert [c.org_written for c in claims] == ["桐川市第二中学"]


def test_a_city_named_by_a_word_of_the_language_keeps_its_name():
    text = "会上，合作市人民医院护士卓某代表获奖职工发言。"
    assert [s.written for s in find_org_spans(text)] == ["合作市人民医院"]
    assert [s.written for s in find_org_spans("我们积极支持市总工会的工作。")] == ["市总工会"]


def test_a_place_glued_to_the_body_is_no_roster_name():
    assert roster_line("金昌青禾镍业有限公司镍冶炼厂电解工吴晓岚") is None
    found = roster_line("吴立新青禾电子有限公司数控车间高级技师")
    assert found is not None and found.name == "吴立新"


def _model_names(text: str) -> list[str]:
    tokens = tag_tokens(text)
    return [s.written for s in with_model(text, find_org_spans(text, tokens), tokens, [])]


def test_an_ethnic_group_in_a_table_row_is_no_part_of_the_body_after_it():
    # a table's row whose cells' separators were lost: number, name, sex, ethnic group
    assert _model_names("2卢秀芬女彝族桐川县人民医院妇产科护士长") == ["桐川县人民医院"]
    assert _model_names("7孔令秋女汉族建水县第一中学教师") == ["建水县第一中学"]
    assert _model_names("楚雄彝族自治州总工会召开全委会议。") == ["楚雄彝族自治州总工会"]


def test_a_district_whose_name_holds_a_town_s_level_word_is_read_whole():
    text = "黄丽芳 南宁市西乡塘区北湖路小学教师"
    assert "南宁市西乡" not in [s.written for s in find_org_spans(text)]


def test_a_school_glued_to_an_occupation_by_the_tokenizer_is_named():
    text = "韦秀林 桐川市青禾区北湖路小学教师"
    assert [s.written for s in find_org_spans(text)] == ["桐川市青禾区北湖路小学"]
    assert find_org_spans("2023年桐川区楼宇工会主席培训班开班") == []


def test_a_city_whose_short_form_is_a_word_opens_its_bodies_names():
    text = "。大同青冈矿业有限公司采煤机司机杨某某、大同齿轮厂车工冯某某分获第一名。"
    assert [s.written for s in find_org_spans(text)] == ["大同青冈矿业有限公司", "大同齿轮厂"]
    assert find_org_spans("要实现世界大同的理想。") == []
