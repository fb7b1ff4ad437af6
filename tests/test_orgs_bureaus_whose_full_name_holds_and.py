"""A county's or city's bureau whose full name holds 和 (发展和改革局, 教育和体育局), or
whose fields jieba reads as adjectives (卫生|健康|局), is one name however jieba cuts it
(改革|局局长), and its short form (发改局) is completed to the full name; 和 between two
bodies, or words that name no bureau (发展和改革的局面, 卫生健康局部), still cut.
Invented places, bodies and people."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.test_org_real_shapes import article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_development_and_reform_bureau_among_organisers_is_found_whole():
    text = "青禾区总工会联合青禾区发展和改革局举办电工竞赛，青禾供电局协办。"
    assert _names(text) == ["青禾区总工会", "青禾区发展和改革局", "青禾供电局"]


def test_a_development_and_reform_bureau_before_its_heads_post_is_found():
    assert _names("青禾区发展和改革局局长孟庆安到会讲话。") == ["青禾区发展和改革局"]


def test_an_education_and_sports_bureau_before_a_deputys_posts_is_found():
    text = "松溪市教育和体育局副局长柴文斌为获奖队颁奖。"
    assert _names(text) == ["松溪市教育和体育局"]


def test_the_development_and_reform_bureau_printed_short_takes_its_full_name():
    found = article_orgs("3月2日，松溪县发改局组织干部职工走访慰问帮扶户。")
    assert ("松溪县发改局", "松溪县发展和改革局") in found


def test_development_and_reform_that_names_no_bureau_is_no_body():
    assert _names("他们积极投身发展和改革的局面。") == []
    assert _names("职工们畅谈发展和改革局势。") == []


def test_a_union_and_a_bureau_joined_by_and_stay_two_bodies():
    found = _names("青禾区总工会和青禾区发展和改革局联合开展调研。")
    assert "青禾区总工会" in found
    assert not any(name.startswith("青禾区总工会和") for name in found)


def test_a_health_bureau_among_organisers_and_before_a_post_is_found():
    text = "松溪区总工会主办、松溪区卫生健康局承办的急救技能比赛昨日开赛。"
    assert _names(text) == ["松溪区总工会", "松溪区卫生健康局"]
    assert _names("县卫生健康局副局长甘立群为选手颁奖。") == ["县卫生健康局"]


def test_health_words_before_a_word_opening_with_ju_name_no_bureau():
    assert _names("职工要讲究卫生健康局部皮肤。") == []
