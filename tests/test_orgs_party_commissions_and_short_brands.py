"""Bodies the grammar of names reads in shapes of real union-news pages: a Party
committee's commissions and offices by their short names, a company's brand of two
characters jieba cuts into function words (all names, places and people here are
invented)."""

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[tuple[str, str]]:
    return [(s.written, s.type.value) for s in find_org_spans(text)]


def test_a_political_legal_commission_by_its_short_name_is_a_party_body():
    names = _names("2月3日,区政法委副书记柳青山和区总工会副主席范思远来到企业。")
    assert names == [("区政法委", "party_body"), ("区总工会", "union_federation")]
    assert _names("桐川县委政法委员会召开会议。") == [("桐川县委政法委员会", "party_body")]


def test_a_civilisation_office_among_co_organisers_is_a_body():
    names = [n for n, _ in _names("市总工会联合市妇联、市文明办、团市委举办联谊活动。")]
    assert "市文明办" in names and "市妇联" in names


def test_a_two_character_brand_cut_into_adverbs_stays_in_the_company_s_name():
    names = [n for n, _ in _names("走访了桐川玉都旅游服务有限公司、河南亦都文化传媒有限公司。")]
    assert "河南亦都文化传媒有限公司" in names
    assert not any(n in ("旅游服务有限公司", "文化传媒有限公司") for n in names)


def test_an_adverb_and_a_verb_after_a_place_open_no_brand():
    names = [n for n, _ in _names("河南也有旅游服务有限公司参加。")]
    assert not any(n.startswith("河南") for n in names)


def test_units_of_an_award_list_are_named_whole():
    # branches, stations, kindergartens, customs and broadcasters, one a line
    lines = {
        "国家税务总局桐川市税务局第二税务分局": "government",
        "桐川县公安局城关派出所": "government",
        "桐川海关": "government",
        "桐川银行股份有限公司柳溪支行": "company",
        "中国建设银行桐川分行": "company",
        "桐川市实验幼儿园": "university",
        "桐川市档案馆": "other",
    }
    for line, kind in lines.items():
        assert _names(line) == [(line, kind)], line


def test_a_co_organiser_line_names_each_body():
    names = [n for n, _ in _names("由桐川市总工会主办,桐川日报社、桐川电视台承办。")]
    assert names == ["桐川市总工会", "桐川日报社", "桐川电视台"]


def test_a_kindergarten_or_a_station_in_a_sentence_names_no_body():
    assert _names("他每天送孩子去幼儿园上学。") == []
    assert _names("民警赶到辖区派出所处理。") == []


def test_the_model_does_not_cut_a_federation_s_department_inside_its_suffix():
    from gonghui_build.extract.organisations.model import with_model
    from gonghui_build.text.tokenizer import tag_tokens

    text = "(桐川市总工会宣传教育部供稿)"
    tokens = tag_tokens(text)
    found = with_model(text, find_org_spans(text, tokens), tokens, [])
    assert [s.written for s in found] == ["桐川市总工会宣传教育部"]
