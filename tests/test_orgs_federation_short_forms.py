"""Organisations printed short, as real union pages print them: a federation by its
short form (市总, 省总, 某市总, 全总), a Party committee alone (县委), a short form
whose place the article does not name, and names whose left end a verb or a trade word
settles (invented bodies and people; the places are real places of China)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.shortforms import short_names
from gonghui_build.text.tokenizer import tag_tokens
from tests.test_org_real_shapes import article_orgs


def shorts(text):
    return [s.written for s in short_names(text, [], tag_tokens(text))]


def test_a_federations_short_form_names_the_federation_of_its_level():
    found = article_orgs(
        "本报讯 3月5日，平武县总工会召开十届三次全委会，会议传达了全总执委会和"
        "市总全委会精神。县委副书记、县总工会主席罗青山出席会议。"
    )
    assert ("全总", "中华全国总工会") in found
    assert ("市总", "绵阳市总工会") in found  # the city of the county the article names


def test_a_places_name_before_the_short_form_names_that_places_federation():
    found = article_orgs("5月8日，调研组来到江油。按照绵阳市总要求，江油市总工会开展了帮扶工作。")
    assert ("绵阳市总", "绵阳市总工会") in found


def test_words_that_open_like_a_short_form_name_no_federation():
    for text in (
        "该市总投资逾十亿元",
        "全市总人口",
        "按照市总体规划",
        "安全总监到场",
        "本市总工会系统",
    ):
        assert shorts(text) == [], text
    assert shorts("听取了北镇市总和乡镇工会的汇报") == ["北镇市总"]  # 和: and


#: (page, a mention it must give as (printed, resolved)): a committee alone is the one of
#: the article's county; where the page names only its city (in a footer) the county
#: stays unnamed and the short forms are kept as printed
PRINTED_SHORT = [
    ("平武县总工会召开全委会，县委副书记罗青山代表县委讲话。", ("县委", "平武县委")),
    (
        "3月2日上午，县总工会召开全委会，县总工会主席杜晓川主持会议，县委常委、"
        "统战部长丁文远代表县委讲话。\n版权所有：宜宾市总工会",
        ("县委", "县委"),
    ),
]


@pytest.mark.parametrize(("page", "mention"), PRINTED_SHORT)
def test_a_short_form_is_its_places_body_or_kept_as_printed(page, mention):
    found = article_orgs(page)
    assert mention in found
    assert all(printed != "县总工会" or name == printed for printed, name in found)


def test_a_verb_whose_object_opens_with_a_body_word_is_no_part_of_a_name():
    assert find_org_spans("11月27日，绵阳市平武县召开工会第五次代表大会。") == []
    assert find_org_spans("会议号召为平武高质量发展贡献工会力量。") == []
    assert [s.written for s in find_org_spans("罗青山代表县委讲话")] == ["县委"]


def test_a_trade_word_after_the_place_that_opens_a_name_stays_in_the_name():
    found = {
        name
        for _, name in article_orgs(
            "联合平武县城市管理局、平武县城乡建设局，对辖区内在建项目开展排查。"
            "调研组来到四川青禾旅游服务有限公司。"
        )
    }
    assert {"平武县城市管理局", "平武县城乡建设局", "四川青禾旅游服务有限公司"} <= found


def test_a_body_jieba_reads_as_one_word_after_a_place_is_found():
    # 科技局, 水利局: one word each; after a place or a level word they name its body
    assert [s.written for s in find_org_spans("市科技局副局长罗青山出席")] == ["市科技局"]
    assert [s.written for s in find_org_spans("江油市水利局杜晓川，")] == ["江油市水利局"]
    assert [s.written for s in find_org_spans("区人社局党组书记丁文远")] == ["区人社局"]
    # the same words with no place before them are no body
    assert find_org_spans("紧紧围绕全县工作大局，开创新格局") == []


def test_two_levels_named_together_are_a_plural_not_a_federation():
    for text in ("8个省市总工会女职工部负责人参加。", "各县市区总工会要抓好落实。"):
        assert find_org_spans(text) == [], text


def test_the_models_longer_name_of_a_committee_wins_over_its_bare_end():
    found = [s.written for s in find_org_spans("中共平武县委副书记罗青山出席")]
    assert "县委" not in found or "中共平武县委" in found


def test_a_one_character_county_jieba_cuts_apart_names_its_federation():
    assert [s.written for s in find_org_spans("会议选举产生了渠县总工会第十届委员会")] == [
        "渠县总工会"
    ]


def test_the_body_that_issues_a_document_is_named_in_its_title():
    found = [s.written for s in find_org_spans("宣读了《平武县总工会关于表彰先进集体的决定》")]
    assert found == ["平武县总工会"]
    assert find_org_spans("认真学习《中国工会章程》") == []


def test_an_anaphor_before_a_level_word_opens_the_places_short_form():
    found = article_orgs("近日，绵阳市涪城区总工会开展送清凉活动，该区总工会为职工送去慰问品。")
    # the district's federation, the one the article names in full
    assert ("区总工会", "绵阳市涪城区总工会") in found


def test_a_prefectures_bureau_printed_short_is_found_whole():
    text = "各项目前三名选手将由州人力资源和社会保障局授予称号，州总工会还将组织交流。"
    assert [s.written for s in find_org_spans(text)] == ["州人力资源和社会保障局", "州总工会"]


def test_a_bureaus_short_name_is_one_name_however_jieba_cuts_it():
    assert [s.written for s in find_org_spans("县住建局、县文旅局负责人参加")] == [
        "县住建局",
        "县文旅局",
    ]
    found = [s.written for s in find_org_spans("市经济和信息化局副局长杜晓川参加调研")]
    assert found == ["市经济和信息化局"]


def test_a_towns_hospital_and_a_countys_armed_forces_department_are_bodies():
    found = [s.written for s in find_org_spans("慰问组先后赶赴平武县人民武装部和平武县卫生院")]
    assert found == ["平武县人民武装部", "平武县卫生院"]


def test_a_short_form_kept_as_printed_is_the_fuller_name_the_article_gives_elsewhere():
    # 区委 with no district named where it is printed, beside the committee a signed
    # author's post names in full (□怀柔区委书记 …): that committee
    from gonghui_build.extract.facts import ResolvedOrg
    from gonghui_build.extract.organisations.article import _printed_short_forms
    from gonghui_build.vocabulary import OrgType, ResolvedBy

    def org(name, how):
        return ResolvedOrg(name, how, None, OrgType.party_body)

    printed = org("区委", ResolvedBy.exact)
    full = org("怀柔区委", ResolvedBy.exact)
    assert _printed_short_forms([printed, full]) == {"区委": "怀柔区委"}
    # two fuller names settle nothing; a name read in context is no printed short form
    other = org("平谷区委", ResolvedBy.exact)
    assert _printed_short_forms([printed, full, other]) == {}
    assert _printed_short_forms([org("区委", ResolvedBy.context), full]) == {}


def test_a_particle_jieba_glues_to_a_level_word_is_no_part_of_the_short_form():
    # jieba reads 了市 as one word: 市总工会 is still the city's federation
    assert [s.written for s in find_org_spans("会议审议通过了市总工会六届女职委工作报告")] == [
        "市总工会"
    ]


def test_a_district_short_form_is_the_full_name_its_article_prints_not_the_page_s_district():
    # 宣武区 (merged into 西城区, so no district of the reference) names its federation in
    # full; the page's other item names 怀柔县: the first item's 区总工会 is its own
    page = (
        "宣武区总工会为青年职工开办电脑班\n"
        "    本报讯 宣武区总工会日前开办电脑班，八十名青年职工报名学习。"
        "区总工会副主席汤立岩到场讲话。\n\n"
        "怀柔县总工会慰问山区职工\n"
        "    本报讯 日前，县总工会主席范志明走访了山区林场的职工。\n"
    )
    found = article_orgs(page)
    assert ("区总工会", "宣武区总工会") in found
    assert ("县总工会", "怀柔区总工会") in found  # the page's county is still read
