"""Where an organisation's name starts, in shapes read on the real_dev5 pages: a
chronicle's dated entry whose date runs into a short form, jieba gluing the date's last
unit to the level word (all names, places and people here are invented)."""

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_date_glued_to_a_province_level_word_ends_before_the_short_form():
    # a chronicle's entry: 3月9日 then 省总工会 with no break; jieba reads 日省 as a place
    assert _names("3月9日省总工会在桐川召开全委会。") == ["省总工会"]


def test_a_year_glued_to_a_city_level_word_ends_before_the_short_form():
    assert _names("2013年市总工会召开全委会。") == ["市总工会"]


def test_a_place_whose_name_ends_in_a_date_character_is_kept_whole():
    # no number before it: the character belongs to the place's name
    assert _names("向日县总工会召开全委会。")[-1].endswith("县总工会")


def test_a_union_using_its_factorys_premises_is_no_part_of_a_factorys_name():
    # 利用厂礼堂: the union uses the factory's hall; jieba may tag 利用 as a noun
    assert _names("桐川红星机械厂工会利用厂礼堂开办职工夜校。") == ["桐川红星机械厂工会"]


def test_a_bureau_printed_right_after_a_federation_is_a_name_of_its_own():
    # two issuers of a joint decision on one line, the federation first, no break
    names = _names("桐川市总工会桐川市人力资源和社会保障局关于命名年度工匠的决定")
    assert names[:2] == ["桐川市总工会", "桐川市人力资源和社会保障局"]


def test_a_unions_team_of_lawyers_is_an_organisation():
    assert _names("今年以来，市总工会职工维权律师团共代理欠薪案件86件。") == [
        "市总工会职工维权律师团"
    ]


def test_the_last_part_of_a_transliterated_name_is_no_part_of_the_body_after_it():
    # an award list, a name and the person's company printed without a break
    names = _names("古丽·艾山桐川红星机械厂电焊工")
    assert names == ["桐川红星机械厂"]
