"""Names the people rules once cut or missed where the model or jieba slip: a surname
jieba split off a name before a title, a two-character name before a title that follows
names, a transliterated name whose first part the model read in pieces, a name the model
ran into the honour before it, Mongolian names of elements, and a partial name before a
verb of saying jieba joins to the surname. Invented names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people import model, model_bounds
from gonghui_build.extract.people.occupations import composed_after_occupation, occupation_names
from gonghui_build.extract.people.partial import partial_names
from gonghui_build.extract.people.rosters import roster_line
from gonghui_build.extract.people.rules import names_before_titles
from gonghui_build.extract.people.transliterated import joined_first_part
from gonghui_build.text.tokenizer import Token


def _tokens(*words: tuple[str, str]) -> list[Token]:
    """Jieba-like words of a text, one after another from offset 0."""
    out, at = [], 0
    for word, tag in words:
        out.append(Token(word, tag, at, at + len(word)))
        at += len(word)
    return out


def test_a_surname_jieba_split_off_before_a_title_belongs_to_the_name():
    words = [("青禾", "ns"), ("学院", "n"), ("甄", "n"), ("立东", "nr"), ("教授", "n")]
    words += [("讲授", "v"), ("劳动法", "n"), ("。", "x")]
    text = "".join(w for w, _ in words)
    assert [h.name for h in names_before_titles(text, _tokens(*words))] == ["甄立东"]


def test_a_preposition_before_a_name_and_title_is_no_surname():
    words = [("会上", "t"), ("向", "p"), ("韩明", "nr"), ("书记", "n"), ("汇报", "v"), ("。", "x")]
    text = "".join(w for w, _ in words)
    assert [h.name for h in names_before_titles(text, _tokens(*words))] == ["韩明"]


def test_a_two_character_name_before_a_title_that_follows_names_stands_as_a_name():
    text = "我们请来青禾外国语大学郑涛教授上课。"
    start = text.index("郑涛")
    assert model._placed(text, start, start + 2, [])
    other = "我们请来青禾外国语大学郑涛上课。"
    assert not model._placed(other, start, start + 2, [])


def test_the_pieces_of_a_transliterated_first_part_join_the_rest_of_the_name():
    text = "装配车间钳工阿不都热依木·沙吾提获得第一名。"
    first = text.index("阿不")
    dotted = text.index("依木")
    end = text.index("获得")
    spans = [(first, first + 2), (dotted, end)]
    assert joined_first_part(text, spans) == [(first, end)]


def test_a_name_before_a_transliterated_name_stays_apart():
    text = "钳工韦东、阿不都·沙吾提获得第一名。"
    spans = [(2, 4), (5, text.index("获得"))]
    assert joined_first_part(text, spans) == spans  # 、 between: two people


def test_the_last_character_of_an_honour_is_no_part_of_the_name_after_it():
    text = "石湾镇总工会邀请全国劳动模范其其格走进青禾煤矿。"
    start = text.index("范其其格")
    name = text.index("其其格")
    assert model_bounds.set_right(text, start, start + 4) == (name, name + 3)


def test_a_mongolian_name_of_two_elements_is_read_whole_where_the_model_reads_one():
    text = "青禾旗医院代表队的护士长乌兰其其格带着队员们喊号子。"
    start = text.index("乌兰")
    assert model_bounds.set_right(text, start, start + 2) == (start, start + 5)


def test_a_partial_name_before_a_verb_of_saying_jieba_joins_to_it_is_read():
    words = [("快递", "n"), ("骑手", "n"), ("小", "a"), ("韩说", "nr"), ("，", "x")]
    text = "".join(w for w, _ in words) + "驿站能充电。"
    tokens = _tokens(*words)
    assert [h.name for h in partial_names(text, tokens, [(4, 6)])] == ["小韩"]
    assert partial_names(text, tokens, []) == []  # the model reads no person there


def test_the_names_listed_right_after_an_honour_are_people():
    words = [("看望", "v"), ("高龄", "n"), ("劳模", "n"), ("付", "v"), ("宝林", "nr")]
    words += [("、", "x"), ("甘", "nr"), ("长清", "nr"), ("，", "x")]
    text = "".join(w for w, _ in words) + "询问身体状况。"
    assert [h.name for h in occupation_names(text, _tokens(*words))] == ["付宝林"]


def test_an_honour_before_a_verb_and_a_word_names_no_one():
    words = [("弘扬", "v"), ("劳模", "n"), ("精神", "n"), ("。", "x")]
    text = "".join(w for w, _ in words)
    assert occupation_names(text, _tokens(*words)) == []


def test_a_roster_name_that_is_also_a_rare_word_is_read_before_a_space_and_a_body():
    found = roster_line("北岭：江原 青禾师范大学第一附属中学教师")
    assert found is not None and (found.name, found.post) == ("江原", "教师")


def test_a_roster_name_that_is_also_a_word_needs_the_space_after_it():
    assert roster_line("江原青禾师范大学第一附属中学教师") is None


def test_a_name_of_tibetan_elements_after_an_occupation_is_a_person():
    text = "在青禾地毯厂的织机旁，织毯工旺堆次仁告诉记者，厂里新建了职工书屋。"
    assert [h.name for h in composed_after_occupation(text)] == ["旺堆次仁"]


def test_name_elements_after_no_occupation_name_no_one_by_this_rule():
    text = "青禾旗旺堆次仁广场上，职工们跳起了锅庄。"
    assert composed_after_occupation(text) == []
