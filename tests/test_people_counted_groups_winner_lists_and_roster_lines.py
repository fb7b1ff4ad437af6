"""People of the lists of honours and reports of meetings the rules once missed or cut:
the first name of a counted group (甲等5人), the names ending the items of a list of
winners, numbered and labelled roster lines, names before the verbs of meetings and
honours (参会, 荣获), and two false readings (a verb after a word ending in 手, the end of
a full name read as a partial one). Invented names, bodies and events."""

from __future__ import annotations

import re

from gonghui_build.extract.people.counted import counted_names, list_item_names
from gonghui_build.extract.people.partial import partial_names
from gonghui_build.extract.people.rosters import roster_line
from gonghui_build.text import tokenizer
from tests.conftest import page_facts


def _people(text: str) -> list[str]:
    return [p.name for a in page_facts(text).articles for p in a.people]


def _counted(text: str) -> list[str]:
    return [h.name for h in counted_names(text, tokenizer.tag_tokens(text))]


def test_the_name_before_a_count_of_people_is_a_person():
    text = "青禾区总工会日前授予邬立强等5人“服务标兵”称号，苗春燕等12名会员受到通报表扬。"
    assert _counted(text) == ["邬立强", "苗春燕"]


def test_a_count_of_units_names_no_person():
    text = "授予石湾机械厂等3个集体“先进单位”称号，表扬青禾物流公司等5家企业。"
    assert _counted(text) == []


def test_a_conjunction_before_a_counted_name_is_no_surname():
    text = "此次表扬了韦晓东等8名志愿者和柏文轩等3名讲解员。"
    assert _counted(text) == ["韦晓东", "柏文轩"]


def test_a_counted_name_is_a_person_of_the_article():
    text = (
        "青禾区总工会表扬一批会员\n\n"
        "本报讯 近日，青禾区总工会召开年度总结会，会上通报表扬了甘明远等6名职工。"
    )
    assert "甘明远" in _people(text)


def test_the_items_of_a_list_of_winners_end_with_names():
    text = (
        "获奖者分别是：青禾电机公司高级技师韦东山，石湾纺织厂工人、技师苗春燕，"
        "青禾建工集团抹灰工祝海涛，石湾港务公司装卸机械司机成卫林。"
    )
    found = [(s, s + 3) for s in (text.index("韦东山"), text.index("苗春燕"))]
    hits = list_item_names(text, tokenizer.tag_tokens(text), found)
    assert [h.name for h in hits] == ["祝海涛", "成卫林"]


def test_a_list_with_too_few_names_found_reads_no_more():
    text = "参观了青禾电机公司装配车间，石湾纺织厂织布车间，青禾建工集团抹灰班。"
    assert list_item_names(text, tokenizer.tag_tokens(text), []) == []


def test_a_numbered_roster_line_names_its_person():
    found = roster_line("2.甘立新 青禾市地质调查中心工程师")
    assert found is not None
    assert (found.name, found.name_start, found.name_end) == ("甘立新", 2, 5)
    assert found.post == "工程师"


def test_a_labelled_roster_line_names_its_person():
    found = roster_line("石湾：邬明华 青禾市第一中学教师")
    assert found is not None and found.name == "邬明华"


def test_the_end_of_a_full_name_the_model_reads_is_no_partial_name():
    text = "申小林中级工程师，老王也来了。"  # jieba: 申|小林
    tokens = tokenizer.tag_tokens(text)
    assert [h.name for h in partial_names(text, tokens, [(0, 3)])] == ["老王"]
    assert "小林" in [h.name for h in partial_names(text, tokens, [])]


def test_a_name_before_a_verb_of_meetings_is_read_whole():
    text = "本报讯 省总工会机关党委书记费长江参会并致辞，州总工会副主席苗春燕荣获表彰。"
    people = _people(text)
    assert "费长江" in people and "苗春燕" in people


def test_a_verb_after_a_word_ending_in_an_occupation_character_is_no_name():
    text = "本报讯 女职工们举办了“巧手包春卷，暖心送一线”活动，把亲手包制的春卷送到工地。"
    assert _people(text) == []


def test_names_of_a_list_of_honours_flagged_for_its_repeats_are_people():
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.parsed import parse_page

    text = (
        "青禾区总工会表彰一批工会干部\n\n"
        "本报讯 日前，青禾区总工会召开年度总结会，表彰了韦晓东等8名优秀工会工作者，"
        "苗春燕等15名优秀工会积极分子和柏文轩等2名优秀工会之友。"
    )
    runs = [
        r for rs in parse_page(page_from_bytes("p.txt", text.encode())).runs.values() for r in rs
    ]
    assert runs and all(r.signals == ("repeat",) for r in runs)  # the words of honours repeat
    assert _people(text) == ["韦晓东", "苗春燕", "柏文轩"]


def test_lao_or_xiao_and_a_rarer_surname_is_a_partial_name_where_the_model_reads_one():
    text = "本报讯 老庞笑着说，这是应该的。小卓是车间的技术骨干。小康生活离不开劳动。"
    tokens = tokenizer.tag_tokens(text)
    from gonghui_build.extract.people.model import person_spans

    names = [h.name for h in partial_names(text, tokens, person_spans(text))]
    assert names == ["老庞", "小卓"]


def test_a_count_or_a_place_ending_an_item_of_a_list_is_no_name():
    text = (
        "出席会议的有区委副书记乔振宇，区人大常委会副主任庞立春，区政协副主席甘小雨，"
        "以及劳模代表共50余人。到会单位有乔振宇，庞立春，甘小雨，石湾县，高新区。"
    )
    found = [m.span() for m in re.finditer("乔振宇|庞立春|甘小雨", text)]
    assert list_item_names(text, tokenizer.tag_tokens(text), found) == []


def test_a_counted_name_printed_again_stands_in_a_run_of_repeats_only_read_by_two_readers():
    from gonghui_build.extract.people.counted import read_in_repeats
    from gonghui_build.extract.people.hits import NameHit
    from gonghui_build.layout.quality import Run
    from gonghui_build.vocabulary import MentionSource

    text = "表彰了韦晓东等8名优秀工会工作者，苗春燕担负起带，苗春燕担负起带头"
    repeats = [Run(0, len(text), 0.7, ("repeat",))]
    counted = NameHit("韦晓东", 3, 6, MentionSource.model, 0.75)
    fragment = NameHit("苗春燕", 17, 20, MentionSource.model, 0.75)
    assert read_in_repeats(text, counted, ("jieba", "model"), repeats)
    assert not read_in_repeats(text + "韦晓东", counted, ("model",), repeats)
    assert read_in_repeats(text, counted, ("model",), repeats)  # printed once: parallel clauses
    assert not read_in_repeats(text, fragment, ("jieba", "model"), repeats)
    assert not read_in_repeats(text, counted, ("jieba", "model"), [Run(0, 9, 0.7, ("doubled",))])
    assert read_in_repeats(text, fragment, ("model",), [])


def test_a_name_the_model_cuts_one_short_of_a_word_that_follows_names_is_read_whole():
    from gonghui_build.extract.people.model import model_names

    text = "青禾电机公司党委副书记、工会主席卓立新光荣当选。王军参加了会议。"
    names = [m.name for m in model_names(text, [], tokenizer.tag_tokens(text))]
    assert "卓立新" in names and "王军" in names
