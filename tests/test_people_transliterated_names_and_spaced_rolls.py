"""People the rules and the model once cut, missed or counted twice: transliterated
names the model cuts after the dot, rolls of names printed apart by spaces, names listed
with their unit in brackets, rare surnames, and a partial name of a person the article
names in full (invented names, bodies and events)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(text: str) -> list[str]:
    return [p.name for a in page_facts(text).articles for p in a.people]


def _sources(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in page_facts(text).articles:
        for p in a.people:
            out.setdefault(p.name, set()).add(p.source.value)
    return out


def test_the_last_part_of_a_transliterated_name_runs_on_to_the_punctuation():
    text = "本报讯 石湾县人大常委会主任帕尔哈提·吾布力，县政协主席叶尔江·阿不都满金出席仪式。"
    assert set(_people(text)) == {"帕尔哈提·吾布力", "叶尔江·阿不都满金"}


def test_a_verb_of_saying_is_no_part_of_a_transliterated_name():
    text = "本报讯 “我们会继续把服务做好。”青禾县总工会副主席阿力木·周说。"
    assert _people(text) == ["阿力木·周"]


def test_a_transliterated_name_stops_before_a_verb():
    from gonghui_build.extract.people.model import model_names
    from gonghui_build.text import tokenizer

    text = "石湾县纺织厂挡车工古丽娜·买买提获奖，职工阿不来提·买买提江出席。"
    names = [m.name for m in model_names(text, [], tokenizer.tag_tokens(text))]
    assert names and not any("获" in n or "出席" in n for n in names)


def test_names_printed_apart_by_spaces_are_each_a_person():
    text = "本报讯 获得“青禾工匠”称号的有：邬明华 蓝小燕 苗建国 甘立新 付海涛。"
    assert _people(text) == ["邬明华", "蓝小燕", "苗建国", "甘立新", "付海涛"]


def test_a_headline_roll_of_speakers_and_attendees_names_each_once():
    text = (
        "青禾市表彰大会举行\n"
        "韦东山讲话 帕尔哈提·吾布力主持 邬明华 蓝小燕 苗建国出席\n"
        "本报讯 4月30日，青禾市表彰大会举行。"
    )
    assert _people(text) == ["韦东山", "帕尔哈提·吾布力", "邬明华", "蓝小燕", "苗建国"]


def test_a_name_padded_by_ocr_spaces_is_one_name_not_a_roll():
    people = _people("本报讯 区总工会主席韦  东表示，要把工作做实。职工王  军说，工会是家。")
    assert "韦东" in people and "王军" in people
    assert not any(len(n) == 1 for n in people)


def test_a_roll_after_a_byline_word_names_no_people():
    from gonghui_build.extract.people.rolls import roll_names
    from gonghui_build.text import tokenizer

    text = "本报记者 邬明华 蓝小燕 报道"
    assert roll_names(text, frozenset(), tokenizer.tag_tokens(text)) == []
    text = "获奖者 邬明华 蓝小燕 苗建国"
    names = [h.name for h in roll_names(text, frozenset(), tokenizer.tag_tokens(text))]
    assert names == ["邬明华", "蓝小燕", "苗建国"]


def test_names_listed_with_their_unit_in_brackets_are_all_read():
    text = (
        "本报讯 公示名单：邬明华（石湾县化肥厂）、蓝小燕（石湾县第一中学）、"
        "苗建国（县人民医院）、甘立新（县供电公司）。"
    )
    assert _people(text) == ["邬明华", "蓝小燕", "苗建国", "甘立新"]


def test_a_rare_surname_makes_a_name_and_its_surname_title():
    text = "本报讯 全国劳模巨明川来到车间。工友们都叫他“巨师傅”，巨明川说，技术要传下去。"
    people = _people(text)
    assert people and set(people) == {"巨明川"}


def test_a_partial_name_of_the_one_person_named_in_full_is_that_person():
    text = "本报讯 青禾市总工会副主席韦东山看望了困难职工苗建国。苗师傅说，感谢工会的关心。"
    sources = _sources(text)
    assert set(sources) == {"韦东山", "苗建国"}
    assert "surname_title" in sources["苗建国"]


def test_a_partial_name_of_a_surname_no_full_name_holds_stays_partial():
    facts = page_facts("本报讯 青禾市总工会副主席韦东山看望了职工。苗师傅说，感谢工会。")
    people = [(p.name, p.partial) for a in facts.articles for p in a.people]
    assert ("苗师傅", True) in people


def test_a_name_the_model_reads_short_where_the_article_prints_it_in_full_is_that_name():
    people = _people("本报讯 同事苗立全有些羡慕她。这番话很快就让苗立全释然了。")
    assert people == ["苗立全", "苗立全"]


def test_a_name_right_after_an_occupation_is_a_person():
    text = "本报讯 8对师徒签订了结对协议。电焊工邬东升就是桑师傅的徒弟之一。"
    assert "邬东升" in _people(text)


def test_an_occupation_before_an_ordinary_word_names_no_one():
    assert _people("本报讯 会员单位代表参加。服务员工作认真。技术员会上发言。") == []


def test_a_noun_for_workers_as_a_body_is_no_occupation_before_a_name():
    assert _people("本报讯 做到困难职工应帮尽帮。女职工关爱季启动。首届职工那达慕举行。") == []


def test_a_name_only_the_occupation_rule_reads_takes_no_described_post():
    from gonghui_build.extract.people.occupations import occupation_names
    from gonghui_build.text import tokenizer

    text = "青禾市石湾化肥厂电焊工邬东升就是桑师傅的徒弟之一。"
    hits = occupation_names(text, tokenizer.tag_tokens(text))
    assert [(h.name, h.described_post) for h in hits] == [("邬东升", False)]


def test_an_occupation_name_the_model_reads_too_keeps_the_post_described_before_it():
    facts = page_facts("本报讯 青禾市石湾化肥厂电焊工邬东升就是桑师傅的徒弟之一。")
    posts = {(q.name, q.title, q.org_written) for a in facts.articles for q in a.positions}
    assert ("邬东升", "电焊工", "青禾市石湾化肥厂") in posts
