"""Where an organisation's name starts and ends, in shapes read on real union-news pages
(all names, places and people here are invented)."""

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_level_word_after_a_whole_name_opens_a_second_name():
    # a headline prints two bodies side by side, the second by its short form
    names = _names("桐川市检察院市总工会联合召开座谈会。")
    assert names == ["桐川市检察院", "市总工会"]


def test_a_town_after_its_county_keeps_a_first_character_jieba_reads_as_a_verb():
    assert "青石县飞凤镇工会" in _names("调研组前往青石县飞凤镇工会职工之家。")
    assert "青石县转石镇总工会" in _names("调研组前往青石县转石镇总工会。")


def test_a_function_word_before_a_town_still_ends_the_name():
    assert _names("全县到石镇总工会参观。") == ["石镇总工会"]


def test_a_bracketed_word_left_by_generic_words_names_no_union():
    # 企业（集团）工会: enterprises' and groups' unions, a kind of union
    assert _names("县级工会、企业(集团)工会要发挥作用。") == []
    # a bracket inside a registered name stays part of it
    assert _names("福建溪川轴承(集团)股份有限公司参加座谈。") == ["福建溪川轴承(集团)股份有限公司"]


def test_a_title_and_the_person_after_it_are_no_part_of_the_next_name():
    names = _names("枫溪高新区党工委书记甄立川前往供电公司调研。")
    assert names == ["枫溪高新区党工委"]
    assert not any("甄立川" in n for n in names)


def test_a_title_glued_to_its_body_also_ends_the_name_after_the_person():
    names = _names("市委书记田立军柳川市总工会调研。")
    assert names == ["柳川市总工会"]


def test_a_unions_workshop_branch_and_group_are_named_whole():
    names = _names("桐川县自来水公司制水车间工会分会、禾丰精工有限公司装配车间工会小组等单位上榜。")
    assert names == ["桐川县自来水公司制水车间工会分会", "禾丰精工有限公司装配车间工会小组"]
