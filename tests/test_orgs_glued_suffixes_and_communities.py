"""Organisation names in shapes read on real union pages (stop 9): a suffix jieba glues
to the next word, a department whose suffix overlaps another (女职工委员会), residents'
communities, a province's Party committee, and the left edge of a name where an award's
verb or a person's name stands before it. Bodies and people are invented; the places are
real places of China, as the reference data holds them."""

from __future__ import annotations

import pytest

from tests.test_org_real_shapes import article_orgs, spans


def printed(text):
    return [written for written, _ in article_orgs(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("端午节前，朝阳街道工会组织职工包粽子。", "朝阳街道工会"),
        ("上午，凤凰街道工会组织辖区快递员开展体检。", "凤凰街道工会"),
        ("金穗物流公司工会干部走访了困难职工。", "金穗物流公司工会"),
    ],
)
def test_a_suffix_jieba_glues_to_the_next_word_still_ends_a_named_body(text, name):
    assert name in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "基层工会组织要发挥桥梁纽带作用。",
        "全区各级工会组织积极行动。",
        "做好新时代工会工作。",
        "让困难职工感受到党和政府的温暖。",
    ],
)
def test_generic_references_glued_to_a_suffix_name_no_body(text):
    assert printed(text) == []


def test_a_one_character_suffix_before_a_title_is_not_doubled():
    assert spans("区教育局局长到场指导。") == ["区教育局"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾针织厂工会女职工委员会组织插花活动。", "青禾针织厂工会女职工委员会"),
        ("柳林县总工会女工委员会举办健康讲座。", "柳林县总工会女工委员会"),
    ],
)
def test_a_unions_womens_committee_is_one_name_though_its_suffix_overlaps_another(text, name):
    assert spans(text) == [name]


def test_residents_communities_of_a_street_are_bodies():
    found = spans("3月2日，区总工会带队赴长青街道桂园社区、翠湖街道清泉社区开展慰问。")
    assert "长青街道桂园社区" in found
    assert "翠湖街道清泉社区" in found


@pytest.mark.parametrize(
    "text",
    ["本次慰问覆盖全区各街道社区。", "推动工会服务向社区延伸。", "深入辖区社区开展服务。"],
)
def test_communities_in_general_are_no_body(text):
    assert spans(text) == []


def test_a_provinces_party_committee_is_found_beside_a_citys():
    found = spans("为贯彻落实湖南省委、长沙市委部署，市总工会开展专项行动。")
    assert "湖南省委" in found
    assert "长沙市委" in found


def test_a_company_jieba_reads_as_one_organisation_word_is_found():
    assert spans("东风汽车公司员工参加技能比武。") == ["东风汽车公司"]


def test_an_awards_verb_ends_the_name_before_it():
    found = printed("第三分公司青松花园项目部荣获建工集团总公司“工人先锋号”称号。")
    assert "建工集团总公司" in found
    assert not any("荣获" in name for name in found)


def test_a_persons_name_a_few_words_before_a_company_opens_no_brand():
    assert printed("随后，赵明川实地查看再生能源公司。") == []


def test_a_named_communitys_union_before_a_title_is_found_whole():
    assert spans("桂园路社区工会主席到场讲解。") == ["桂园路社区工会"]
    assert spans("2024年城关区楼宇工会主席培训班开班。") == []  # a kind of union


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("东湖区交通大队民警到场维持秩序。", "东湖区交通大队"),
        ("青山区代表团获得团体第一名。", "青山区代表团"),
        ("浙江省援疆工作队阿克苏分队队长出席。", "浙江省援疆工作队阿克苏分队"),
    ],
)
def test_squads_and_delegations_of_a_named_body_are_bodies(text, name):
    assert spans(text) == [name]


@pytest.mark.parametrize("text", ["各代表团团长参加会议。", "全市共有12个代表团参赛。"])
def test_squads_and_delegations_in_general_are_no_body(text):
    assert spans(text) == []


def test_a_places_federation_under_its_former_or_informal_name_is_that_federation():
    found = article_orgs(
        "第二节 县总工会\n1951年4月，青川县工会筹备委员会成立。1953年6月，召开第一次工会会员"
        "代表大会，成立县工会联合会，方志远任主席。1958年改称青川县总工会。1986年起，"
        "县总工会与县农机厂工会联合开展劳动竞赛。"
    )
    resolved = {written: name for written, name in found}
    assert resolved["县工会联合会"] == "青川县总工会"
    assert resolved["青川县工会"] == "青川县总工会"
    assert resolved["县农机厂工会"] != "青川县总工会"  # a unit's union stays itself


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("会上，沈阳青松仪表厂等五个单位获表彰。", "沈阳青松仪表厂"),
        ("骨干们到大连海湾船舶修造厂参观学习。", "大连海湾船舶修造厂"),
        ("焊工决赛日前在包头北方重装有限公司举行。", "包头北方重装有限公司"),
    ],
)
def test_a_factory_or_company_after_a_place_jieba_misreads_is_found(text, name):
    assert spans(text) == [name]


def test_a_factory_word_alone_names_no_body():
    assert spans("修造厂的职工参加了比赛。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("由市总工会、市文化和广电旅游体育局联合主办。", "市文化和广电旅游体育局"),
        ("区工业和信息化局、区自然资源和规划局参加。", "区自然资源和规划局"),
        ("县科学技术和信息化局局长到场讲话。", "县科学技术和信息化局"),
        ("绵阳市文化广电旅游局派员参加。", "绵阳市文化广电旅游局"),
    ],
)
def test_a_local_department_whose_name_holds_and_is_read_whole(text, name):
    assert name in printed(text)


def test_a_former_bodys_mark_is_no_part_of_its_name():
    assert spans("现场，原沈阳青松纺织厂挡车工孔某某发言。") == ["沈阳青松纺织厂"]


def test_a_short_federation_and_the_towns_unions_name_no_one_body():
    assert spans("会上听取了青川县总和乡镇工会的工作汇报。") == []


def test_a_short_unions_department_refers_back_to_the_union_printed_with_its_department():
    found = article_orgs(
        "松江航天局工会女职工委员会召开七届二次会议\n"
        "日前，松江航天局工会女职工委员会召开会议。局工会女职工委员会主任柳如眉主持。"
    )
    assert ("局工会女职工委员会", "松江航天局工会女职工委员会") in found


@pytest.mark.parametrize(
    "text", ["推动密云工会工作再上新台阶。", "青溪县工会干部素质提升培训班开班。"]
)
def test_a_places_union_work_glued_to_the_suffix_names_no_body(text):
    assert spans(text) == []
