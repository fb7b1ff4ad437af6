"""The rules that find people and their titles, one behaviour each (invented names)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gonghui_build.extract.people.rules import (
    appositive_names,
    caption_person,
    titled_names,
)
from gonghui_build.extract.people.speakers import speech_names
from gonghui_build.text.names import is_plausible_name, parse_titled_name
from gonghui_build.text.pinyin import person_pinyin as pinyin_name
from gonghui_build.text.tokenizer import tag_tokens


def names_in(text):
    tokens = tag_tokens(text)
    hits = titled_names(text, tokens) + appositive_names(text, tokens)
    return {h.name: [(c.title_normalised, c.org_written) for c in h.claims] for h in hits}


def test_title_chain_before_a_name():
    found = names_in("会上，区总工会党组书记、主席韩立新作动员讲话。")
    assert found == {"韩立新": [("党组书记", "区总工会"), ("主席", "区总工会")]}


def test_chain_across_a_comma_keeps_each_organisation():
    found = names_in("丰台区人大常委会副主任，区总工会主席孙明月出席。")
    # the short form is the district's the chain named before (区总工会 → 丰台区总工会)
    assert found["孙明月"] == [("副主任", "丰台区人大常委会"), ("主席", "丰台区总工会")]


def test_union_title_belongs_to_the_enterprise_union():
    found = names_in("北京润源热力有限公司党委副书记、纪委书记、工会主席柯文涛认为，")
    assert found["柯文涛"] == [
        ("党委副书记", "北京润源热力有限公司"),
        ("纪委书记", "北京润源热力有限公司"),
        ("主席", "北京润源热力有限公司工会"),
    ]


def test_a_union_title_is_held_at_the_union_its_text_names():
    found = names_in("会上，省纺织工会副主席韩振邦作报告。")
    assert found == {"韩振邦": [("副主席", "省纺织工会")]}


def test_a_department_in_a_chain_belongs_to_the_committee_before_it():
    found = names_in("日前，西城区委常委、组织部部长，区总工会主席高立文带队走访。")
    assert found["高立文"] == [
        ("常委", "西城区委"),
        ("部长", "西城区委组织部"),
        ("主席", "西城区总工会"),
    ]


def test_a_unions_committee_after_the_union_title_is_the_unions():
    found = names_in("会议由市建材工会副主席、女职工委员会主任秦雅玲主持。")
    assert found["秦雅玲"] == [("副主席", "市建材工会"), ("主任", "市建材工会女职工委员会")]


def test_the_short_form_of_a_unions_committee_stays_in_the_title():
    found = names_in("北京华丰纺织厂工会女工委主任甘秀芝为女工开课。")
    assert found["甘秀芝"] == [("女工委主任", "北京华丰纺织厂工会")]


def test_a_federations_department_holds_the_title_after_it():
    found = names_in("市总工会女职工部部长窦立娟出席。")
    assert found["窦立娟"] == [("部长", "市总工会女职工部")]


def test_name_length_settled_by_the_words_after_it():
    assert set(names_in("街道总工会主席李立在会上表示，")) == {"李立"}
    assert set(names_in("街道总工会主席李立新在会上表示，")) == {"李立新"}


def test_appositive_name_then_title():
    found = names_in("石秀兰，鲁谷街道总工会主席，也是志愿服务队的发起人。")
    assert found == {"石秀兰": [("主席", "鲁谷街道总工会")]}


def test_caption_with_ocr_spaces_inside_title_and_name():
    hit = caption_person("顺义区恒通集团有限公司工 会常 务副主席 欧阳 晓峰")
    assert hit.name == "欧阳晓峰"
    assert [(c.title_normalised, c.org_written) for c in hit.claims] == [
        ("常务副主席", "顺义区恒通集团有限公司工会")
    ]


def test_two_line_caption():
    assert parse_titled_name("延庆区总工会主席\n苗志刚").name == "苗志刚"


@pytest.mark.parametrize(
    "phrase", ["融会贯通", "幸福感", "高兴", "常务", "石油", "和职工", "能力强"]
)
def test_words_that_look_like_names_are_not_names(phrase):
    assert not is_plausible_name(phrase, strong_context=True)


def test_rare_and_compound_surnames_are_names():
    for name in ("宓春雷", "毋晓红", "綦雯", "郗文博", "欧阳晓峰", "竺秋菊"):
        assert is_plausible_name(name, strong_context=True), name


def test_speech_verb_names_need_a_clause_start_or_a_person_noun():
    assert [h.name for h in speech_names("正在休息的职工宓春雷说，驿站很方便。", set())] == [
        "宓春雷"
    ]
    assert [h.name for h in speech_names("对此，王建军表示，要办好培训。", set())] == ["王建军"]
    assert speech_names("大家纷纷表示，此举很好。", set()) == []


def test_pinyin_is_surname_first():
    assert pinyin_name("欧阳晓峰") == "Ouyang Xiaofeng"
    assert pinyin_name("孙悦然") == "Sun Yueran"


def test_the_build_never_touches_jiebas_global_tokenizer(tmp_path):
    code = (
        "import jieba; from gonghui_build.text.tokenizer import tokenizer, cut; "
        "cut('工会主席'); print(jieba.dt.initialized, tokenizer() is jieba.dt)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False"]


def test_the_speaker_of_a_closed_quotation_may_have_a_rare_surname():
    text = "“工会帮我找到了工作。”蔚晓芬说。"
    assert [h.name for h in speech_names(text, set())] == ["蔚晓芬"]


def test_a_word_and_a_particle_before_a_speech_verb_is_no_name():
    text = "老黄戴上新手套，高兴地说：“不冻手了。”"
    assert speech_names(text, set()) == []


def test_a_surname_and_title_address_is_not_followed_by_a_name():
    # 宁主席张罗的队伍: 宁主席 addresses someone; 张罗 is a verb here
    assert "张罗" not in names_in("“宁主席张罗的这支队伍，大家都愿意参加。”志愿者说。")


def test_a_title_of_no_particular_body_takes_no_ordinary_word_as_name():
    assert names_in("记者走进部分企业，听企业工会主席谈体会、话打算。") == {}


def test_a_weak_title_without_a_body_is_no_position():
    found = names_in("劳模代表郜秀芳说，回去要带头节约用水。")
    assert found.get("郜秀芳", []) == []


def test_byline_names_and_titles_split_by_ocr_spaces_are_joined():
    from gonghui_build.extract.bylines import parse_byline

    authors = parse_byline("□本报记者 戚梦舒 萨仁/文 甘 霖/摄")
    assert [(a.name, a.role) for a in authors] == [
        ("戚梦舒", "reporter"),
        ("萨仁", "reporter"),
        ("甘霖", "photographer"),
    ]
    (signed,) = parse_byline("□顺义区人大常委会副主任，区总工会党组书 记、主席 冀文涛")
    assert (signed.name, signed.role) == ("冀文涛", "author")
    assert signed.title == "顺义区人大常委会副主任，区总工会党组书记、主席"


def _post(text, name):
    from gonghui_build.extract.people.described import described_post

    claim = described_post(text, text.index(name), tag_tokens(text))
    return (claim.title_normalised, claim.org_written) if claim else None


def test_a_phrase_between_a_body_and_a_name_describes_the_post():
    assert _post("北京安康医院心内科主任医师冯立文带领医疗队。", "冯立文") == (
        "主任医师",
        "北京安康医院心内科",
    )
    assert _post("来自北京迅达物流有限公司的快递员邵小川说，", "邵小川") == (
        "快递员",
        "北京迅达物流有限公司",
    )


def test_a_noun_for_people_after_a_body_is_no_post():
    assert _post("北京宏远建设有限公司职工张立川说，", "张立川") is None
    assert _post("今年的北京宏远建设有限公司活动由张立川主持", "张立川") is None


def _byline(text, **kw):
    from gonghui_build.extract.bylines import parse_byline

    return [(a.name, a.role) for a in parse_byline(text, **kw)]


def test_a_role_word_names_the_token_after_it_whatever_its_shape():
    assert _byline("记者：金顺姬　通讯员：崔明浩") == [
        ("金顺姬", "reporter"),
        ("崔明浩", "correspondent"),
    ]
    assert _byline("新华社日喀则5月8日电（记者 格桑旺堆）") == [("格桑旺堆", "reporter")]
    assert _byline("记者 吴永清 通讯员 古丽米拉·艾山") == [
        ("吴永清", "reporter"),
        ("古丽米拉·艾山", "correspondent"),
    ]


def test_a_one_name_end_credit_is_the_correspondent_and_a_body_is_not():
    assert _byline("（晓峰）", default_role="correspondent", end_credit=True) == [
        ("晓峰", "correspondent")
    ]
    assert _byline("（大荔县总工会）", default_role="correspondent", end_credit=True) == []
    assert _byline("记者 王路明 实习生 张晓", end_credit=False)[0] == ("王路明", "reporter")
    assert ("实习生", "reporter") not in _byline("记者 王路明 实习生 张晓")


def test_a_name_of_mongolian_or_tibetan_elements_is_read_whole_after_a_title():
    found = names_in("盟总工会主席苏和巴雅尔，盟行政公署副盟长李建国出席。")
    assert "苏和巴雅尔" in found and found["苏和巴雅尔"] == [("主席", "盟总工会")]
    assert set(names_in("市总工会常务副主席旺堆卓玛讲话。")) == {"旺堆卓玛"}


def test_a_run_of_name_elements_inside_a_word_is_no_name():
    from gonghui_build.extract.people.composed import composed_name

    assert composed_name("扎西德勒", 0, alone=True) is None  # one element and a word
    assert composed_name("格桑花开", 0, alone=True) is None
    assert composed_name("摔跤手那仁朝鲁连胜五场", 3, alone=True) == 7


def test_a_sibling_title_after_a_titled_name_is_held_at_the_same_body():
    found = names_in("市总工会主席关立平、副主席于淑兰出席会议。")
    assert found["于淑兰"] == [("副主席", "市总工会")]
    found = names_in("区委书记张立新、区长王明远出席。")
    assert found["王明远"] == [("区长", None)]  # another base title: another body


def test_a_given_name_may_end_with_a_conjunction_before_a_word_that_follows_names():
    assert set(names_in("区委党校副校长李永和出席开班式。")) == {"李永和"}
    assert set(names_in("区总工会主席张立和李国强出席。")) == {"张立"}


def _elected(text):
    from gonghui_build.extract.organisations.grammar import find_org_spans
    from gonghui_build.extract.people.elections import elected_names

    tokens = tag_tokens(text)
    hits = elected_names(text, tokens, find_org_spans(text, tokens))
    return {h.name: [(c.title_normalised, c.org_written) for c in h.claims] for h in hits}


def test_an_election_states_a_post_at_the_union_the_paragraph_names():
    found = _elected(
        "召开第三次会员代表大会，选举耿立峰为县总工会主席；召开第四次会员代表大会，"
        "选举韩立民为主席；赵景山任主席。"
    )
    assert found == {
        "耿立峰": [("主席", "县总工会")],
        "韩立民": [("主席", "县总工会")],
        "赵景山": [("主席", "县总工会")],
    }


def test_an_election_to_a_post_of_no_named_body_states_none():
    assert _elected("大会选举韩立民为主席。") == {}


def test_names_closing_an_articles_text_after_a_space_are_its_correspondents():
    from gonghui_build.extract.credits import trailing_credit

    assert [n for n, _, _ in trailing_credit("会后参观了职工活动中心 王立芬 刘建华")] == [
        "王立芬",
        "刘建华",
    ]
    assert [n for n, _, _ in trailing_credit("交流了经验。庞立勇 符小兰")] == ["庞立勇", "符小兰"]
    assert trailing_credit("会议由区总工会主席张立新主持。") == []
    assert trailing_credit("参观了活动中心 王立芬") == []  # one name: left to the text


def test_a_credit_run_into_the_text_is_an_author_and_no_person_of_the_article():
    from gonghui_build.extract.page import extract_page
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.parsed import parse_page

    text = "本报讯 通县总工会日前召开大会，表彰优秀女职工。会后参观了职工活动中心 王立芬 刘建华\n"
    (article,) = extract_page(parse_page(page_from_bytes("p.txt", text.encode()))).articles
    assert {(a.name, a.role) for a in article.authors} >= {
        ("王立芬", "correspondent"),
        ("刘建华", "correspondent"),
    }
    assert not {p.name for p in article.people} & {"王立芬", "刘建华", "王立芬刘建华"}


def test_a_two_character_name_before_a_follower_word_is_not_lengthened():
    found = names_in("座谈会上，理事会副主任陶岚陪同调研，区委常委许柏川一行参加。")
    assert set(found) == {"陶岚", "许柏川"}


def test_each_name_an_election_lists_with_its_own_wei_has_its_post():
    found = _elected(
        "青禾县总工会召开第五次代表大会，选举韦海川为主席，单丽萍为副主席、宁国栋为委员。"
    )
    assert found == {
        "韦海川": [("主席", "青禾县总工会")],
        "单丽萍": [("副主席", "青禾县总工会")],
        "宁国栋": [("委员", "青禾县总工会")],
    }


def test_names_listed_before_an_election_verb_share_the_post():
    found = _elected(
        "青禾县总工会召开第九次会员代表大会，韦海川当选为主席，单丽萍、宁国栋当选为副主席。"
    )
    assert found == {
        "韦海川": [("主席", "青禾县总工会")],
        "单丽萍": [("副主席", "青禾县总工会")],
        "宁国栋": [("副主席", "青禾县总工会")],
    }


def test_an_election_in_a_paragraph_naming_no_union_is_held_at_the_union_named_before():
    from gonghui_build.extract.page import extract_page
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.parsed import parse_page

    text = (
        "第二节  县总工会\n"
        "一、组织沿革\n"
        "　　1952年，石湾县工会联合会改称石湾县总工会，机关设在城关镇。\n"
        "二、历次代表大会\n"
        "　　1957年6月，召开第二次会员代表大会，代表九十人，选举韦海川为主席。"
        "1983年召开第六次代表大会，单丽萍当选为主席。\n"
    )
    (article,) = extract_page(parse_page(page_from_bytes("p.txt", text.encode()))).articles
    held = {(p.name, p.title_normalised, p.org.name if p.org else None) for p in article.positions}
    assert {("韦海川", "主席", "石湾县总工会"), ("单丽萍", "主席", "石湾县总工会")} <= held
