"""Organisation names: found by their grammar, resolved in context (invented names)."""

from __future__ import annotations

from gonghui_build import reference
from gonghui_build.extract.organisations.abbreviations import is_abbreviation
from gonghui_build.extract.organisations.context import ArticleContext, resolve
from gonghui_build.extract.organisations.grammar import find_org_spans


def districts_in(text):
    return tuple(reference.places().districts_in(text))


def spans(text):
    return [s.written for s in find_org_spans(text)]


def test_full_names_are_found_with_their_place():
    assert spans("近日，通州区总工会和北京宏远建设办公室在首都师范大学共同召开座谈会。") == [
        "通州区总工会",
        "北京宏远建设办公室",
        "首都师范大学",
    ]


def test_words_ending_like_a_suffix_are_not_organisations():
    for text in (
        "服务大局，开创新局面，形成新格局。",
        "喝上冰镇绿豆汤",
        "在城乡之间",
        "牢记工会初心",
        "各乡镇总工会要落实",
        "基层工会服务站",
        "区一级工会系统",
        "22名专职工会社会工作者",
    ):
        assert spans(text) == [], text


def test_a_verb_inside_a_name_after_a_place():
    assert spans("北京排水集团举办培训班") == ["北京排水集团"]


def test_short_forms_resolve_in_context():
    context = ArticleContext(districts=districts_in("平谷区……"))
    assert resolve("市总工会", 10, context).name == "北京市总工会"
    assert resolve("区总工会", 10, context).name == "平谷区总工会"
    assert resolve("市委", 10, context).name == "北京市委"


def test_a_renamed_county_takes_its_current_name():
    resolved = resolve("延庆县总工会", 0, ArticleContext())
    assert (resolved.name, resolved.resolved_by) == ("延庆区总工会", "former_name")


def test_a_bare_suffix_refers_back_to_the_nearest_full_name():
    context = ArticleContext(orgs=((0, "北京碧源水务集团"),))
    assert resolve("集团", 30, context).name == "北京碧源水务集团"
    assert resolve("集团", 30, ArticleContext()) is None


def test_street_federations_take_the_articles_district():
    context = ArticleContext(districts=[(40, "石景山区")])
    assert resolve("八角街道总工会", 0, context).name == "石景山区八角街道总工会"


def test_abbreviations():
    assert is_abbreviation("北汽集团", "北京汽车集团有限公司")
    assert is_abbreviation("密云区工会", "密云区总工会")
    assert is_abbreviation("北京润源有限公司工会", "北京润源集团有限公司工会")
    assert not is_abbreviation("西城区总工会", "西城区德胜街道总工会")  # another level
    assert not is_abbreviation("总工会", "北京市总工会")  # a bare suffix abbreviates nothing


def test_a_date_before_a_name_is_not_part_of_it():
    assert spans("11月15日，2013年市园林绿化局职工插花比赛举行。") == ["市园林绿化局"]


def test_a_guest_verb_before_a_name_is_not_part_of_it():
    assert spans("16日下午，培训班特邀市总工会有关负责同志作专题辅导。") == ["市总工会"]


def test_a_street_name_jieba_splits_stays_with_its_district():
    assert spans("在海淀区上地街道总工会的指导下，公司工会建成了职工之家。")[0] == (
        "海淀区上地街道总工会"
    )


def test_a_brand_character_jieba_reads_as_an_adverb_stays_in_the_name():
    assert spans("訾雨晨 北京亦城智能电气有限公司") == ["北京亦城智能电气有限公司"]


def test_a_level_word_is_no_particular_body():
    assert spans("全区22个镇街总工会的负责同志参加会议。") == []


def test_a_bare_suffix_union_refers_to_the_last_full_name_of_that_kind():
    context = ArticleContext(orgs=((0, "北京市京西康复医院工会"),))
    assert resolve("医院工会", 40, context).name == "北京市京西康复医院工会"
    context = ArticleContext(orgs=((0, "北京市京西康复医院工会"), (50, "市园林绿化局")))
    # the name referred to is completed too: 局工会 → 北京市园林绿化局工会
    assert resolve("局工会", 60, context).name == "北京市园林绿化局工会"


def test_short_forms_of_department_suffixes_are_completed():
    context = ArticleContext(districts=((0, "延庆区"),))
    assert resolve("县人力社保局", 10, context).name == "延庆区人力资源和社会保障局"


def test_a_zone_without_its_prefix_is_an_abbreviation():
    assert is_abbreviation("开发区总工会", "北京经济技术开发区总工会")
    assert not is_abbreviation("区总工会", "北京经济技术开发区总工会")


def test_a_brand_jieba_splits_at_a_conjunction_stays_one_name():
    assert spans("北京鼎和百货股份有限公司工会主席 尉迟岚") == ["北京鼎和百货股份有限公司工会"]
    assert spans("通州区总工会和北京宏远建设办公室共同召开座谈会") == [
        "通州区总工会",
        "北京宏远建设办公室",
    ]


def test_a_department_whose_full_name_holds_and_is_one_name():
    assert spans("区总工会联合区住房和城乡建设委员会开展劳动竞赛") == [
        "区总工会",
        "区住房和城乡建设委员会",
    ]


def test_a_generic_union_before_a_title_in_running_text_is_no_name():
    assert spans("2023年海淀区楼宇工会主席培训班开班") == []


def test_abbreviations_are_sought_among_names_that_start_alike(monkeypatch):
    """Merging abbreviations compares a name with the names it could abbreviate, not
    with every other name: the work grows with the corpus, not with its square."""
    from gonghui_build.extract.organisations import abbreviations

    calls = []
    real = abbreviations.is_abbreviation

    def counted(short, full):
        calls.append((short, full))
        return real(short, full)

    monkeypatch.setattr(abbreviations, "is_abbreviation", counted)
    bodies = [chr(0x5000 + i) + chr(0x6000 + i) for i in range(300)]
    corpus = [f"{b}科技有限公司" for b in bodies] + ["北京汽车集团有限公司", "北汽集团"]
    merged = abbreviations.abbreviations(corpus, {n: 1 for n in corpus}, weigh_every_name=True)
    assert merged == {"北汽集团": "北京汽车集团有限公司"}
    assert len(calls) < 3 * len(corpus)


def test_a_federations_department_is_one_name_with_its_federation():
    assert spans("据河南省总工会权益保障部介绍，") == ["河南省总工会权益保障部"]
    context = ArticleContext(districts=districts_in("怀柔区……"))
    assert resolve("区总工会法律工作部", 10, context).name == "怀柔区总工会法律工作部"


def test_a_gazetteer_form_resolves_to_the_bodys_full_current_name():
    short = resolve("全总女职工部", 0, ArticleContext())
    assert (short.name, short.resolved_by) == ("中华全国总工会女职工部", "alias")
    former = resolve("全总经济技术部", 0, ArticleContext())
    assert (former.name, former.resolved_by) == ("中华全国总工会劳动和经济工作部", "former_name")


def test_a_company_brand_may_hold_any_words_between_its_place_and_its_form():
    assert spans("北京燕新新材料有限公司技术员在会上发言") == ["北京燕新新材料有限公司"]
    assert spans("海湾精密制造公司数控班长") == ["海湾精密制造公司"]


def test_a_whole_name_before_a_conjunction_is_a_name_of_its_own():
    assert spans("北京燕河乳业有限公司和燕郊经济开发区职工服务中心的负责人") == [
        "北京燕河乳业有限公司",
        "燕郊经济开发区职工服务中心",
    ]


def test_a_congress_by_its_ordinal_and_a_districts_grassroots_unions_are_no_names():
    assert spans("周至县第六次工会会员代表大会召开") == []
    assert spans("城关区新建基层工会12家") == []


def test_a_department_whose_full_name_is_one_jieba_word_is_found():
    assert spans("会议由市人力资源和社会保障局主办，") == ["市人力资源和社会保障局"]
    assert spans("区交通委负责同志参加") == ["区交通委"]


def test_a_streets_party_working_committee_is_an_organisation():
    assert spans("中关村街道工委副书记出席") == ["中关村街道工委"]
    assert spans("省总工会劳动保护部召开会议") == ["省总工会劳动保护部"]


def test_an_enterprise_printed_as_part_of_a_titled_union_is_not_named_alone():
    from gonghui_build.extract.page import extract_page
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.parsed import parse_page

    text = (
        "本报讯 学员、北京京丰兴达汽车配件有限公司工会主席晏秋兰说：“很好。”"
        "北京润源热力有限公司党委副书记、工会主席柯文海认为。"
    )
    facts = extract_page(parse_page(page_from_bytes("p.txt", text.encode())))
    named = {o.resolved.name for a in facts.articles for o in a.orgs}
    assert "北京京丰兴达汽车配件有限公司工会" in named
    assert "北京京丰兴达汽车配件有限公司" not in named  # only as the union's name
    assert "北京润源热力有限公司" in named  # the holder of a title of its own


def test_an_article_naming_no_place_reads_short_forms_against_its_page():
    from gonghui_build.text.places import find_places

    page = ArticleContext(places=tuple(find_places("乌鲁木齐市工会年鉴（2015）")))
    assert resolve("市总工会", 0, ArticleContext(page=page)).name == "乌鲁木齐市总工会"
    haidian = ArticleContext(districts=districts_in("海淀区总工会年鉴"))
    assert resolve("区总工会", 0, ArticleContext(page=haidian)).name == "海淀区总工会"
    # an article that names its own place reads it, not the page's
    own = ArticleContext(districts=districts_in("通州区……"), page=haidian)
    assert resolve("区总工会", 5, own).name == "通州区总工会"
    # a page naming two districts settles nothing: the short form is kept as printed
    two = ArticleContext(districts=districts_in("海淀区……通州区……"))
    kept = resolve("区总工会", 0, ArticleContext(page=two))
    assert (kept.name, kept.resolved_by) == ("区总工会", "exact")
