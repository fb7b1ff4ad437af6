"""Where an organisation's name starts, in shapes read on real union-news pages: a verb
jieba reads as a noun before a short form, two names printed without a break, a
preposition glued to a level word, a list of people closed by 等 (all names, places and
people here are invented)."""

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_street_federation_before_a_verb_and_a_short_form_is_found_on_its_own():
    # 积极响应 (a verb phrase jieba tags as a noun), then 区总工会: two bodies, not one
    names = _names("为服务辖区职工,柳溪街道总工会积极响应区总工会倡议,开展联谊活动。")
    assert names == ["柳溪街道总工会", "区总工会"]


def test_a_town_whose_name_is_a_common_word_keeps_its_name():
    # 百合, 青松 are words of the language: the town's level word does not open a short form
    assert _names("青松镇总工会组织开展慰问活动。") == ["青松镇总工会"]


def test_a_federation_printed_right_after_another_body_is_a_name_of_its_own():
    # a notice signed by two issuers on one line, with no break between the names
    names = _names("桐川市人力资源和社会保障局桐川市总工会")
    assert names == ["桐川市人力资源和社会保障局", "桐川市总工会"]


def test_a_province_and_its_city_still_open_one_federation():
    assert _names("湖北省桐川市总工会召开全委会。") == ["湖北省桐川市总工会"]


def test_a_preposition_glued_to_a_level_word_is_no_part_of_the_name():
    # jieba reads 经市 as one word: 经 (through) is the preposition, 市 opens the name
    names = _names("经市人力资源和社会保障局、总工会研究通过,现将方案印发。")
    assert names and names[0] == "市人力资源和社会保障局"


def test_a_list_of_people_closed_by_deng_is_no_part_of_the_body_after_it():
    names = _names("局党组成员柳青山、范思远等局领导出席了揭牌仪式。")
    assert not any("等" in n or "范思远" in n for n in names)


def test_a_count_of_a_batch_is_no_part_of_the_name_after_it():
    names = _names("会上表彰了一批桐川市优秀工会红娘。")
    assert not any(n.startswith("一批") for n in names)


def test_the_model_does_not_take_back_a_preposition_before_a_short_form():
    from gonghui_build.extract.organisations.model import with_model
    from gonghui_build.text.tokenizer import tag_tokens

    text = "经市人力资源和社会保障局、总工会研究通过,现将方案印发。"
    tokens = tag_tokens(text)
    names = [s.written for s in with_model(text, find_org_spans(text, tokens), tokens, [])]
    assert names and names[0] == "市人力资源和社会保障局"
    # one character the model reads before a zone's short name is still the name's
    text = "经开区检察院召开座谈会。"
    tokens = tag_tokens(text)
    assert [s.written for s in with_model(text, find_org_spans(text, tokens), tokens, [])] == [
        "经开区检察院"
    ]


def test_an_autonomous_prefecture_s_party_committee_is_a_body_of_its_own():
    names = _names("州党委常委、统战部部长柳建华,州总工会主席范青出席。")
    assert names[:2] == ["州党委", "州总工会"]
    assert _names("某某公司党委书记讲话。") == []


def test_a_phrase_ending_in_a_word_of_the_bureau_suffix_names_no_bureau():
    # 服务大局 (serve the overall situation) ends with 局, as a bureau's name does
    assert _names("发挥群团组织服务大局的作用。") == []
    names = _names("桐川市财政局、桐川市统计局、桐川市文化广电旅游局参加。")
    assert names == ["桐川市财政局", "桐川市统计局", "桐川市文化广电旅游局"]


def test_unions_of_levels_listed_with_a_pause_mark_are_a_kind_of_union():
    assert _names("今年以来,市、县工会结合实际开展交友活动。") == []
    assert _names("省、市、县工会领导出席。") == []
    # a federation of each level is one body, and a union after a committee is read
    assert _names("市、区总工会联合举办。") == ["区总工会"]
    assert _names("市委、县工会召开会议。") == ["市委", "县工会"]
