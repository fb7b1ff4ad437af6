"""Names the model reads that the name shapes once refused or cut: a given name holding
a function word, a surname read alone, a transliterated name whose dot opens the next
word; partial names after an occupation, short names before 一行 (invented names,
bodies and events)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(text: str) -> list[str]:
    return [p.name for a in page_facts(text).articles for p in a.people]


def _positions(text: str) -> set[tuple[str, str, str | None]]:
    facts = page_facts(text)
    return {(q.name, q.title, q.org_written) for a in facts.articles for q in a.positions}


def test_a_given_name_holding_a_function_word_is_read_where_model_and_jieba_agree():
    text = "本报讯 青禾市总工会党组书记、副主席邬其斌率慰问组赴石湾县开展慰问。"
    assert _people(text) == ["邬其斌"]
    assert ("邬其斌", "副主席", "青禾市总工会") in _positions(text)


def test_a_function_word_after_a_name_stays_out_of_it():
    people = _people("本报讯 社区书记韦东山和其他干部看望了职工，韦东说大家都来了。")
    assert "韦东山" in people
    assert not any(name.endswith(("和", "都")) or "其他" in name for name in people)


def test_a_surname_the_model_reads_alone_is_completed_by_jiebas_name():
    assert _people("本报讯 石湾县实验小学教师农加明获奖。") == ["农加明"]


def test_a_transliterated_name_whose_dot_opens_the_next_word_is_read_whole():
    text = "本报讯 青禾市交通运输局工会主席古丽娜·要力瓦斯表示，将做好服务。"
    assert _people(text) == ["古丽娜·要力瓦斯"]


def test_the_part_after_the_dot_is_not_a_second_person():
    people = _people("本报讯 韦东山、库尔班江·阿布拉……这些闪光的名字。")
    assert people == ["韦东山", "库尔班江·阿布拉"]


def test_a_partial_name_right_after_an_occupation_is_a_person():
    facts = page_facts("本报讯 中通快递员小王接过慰问品时说，感谢工会。")
    people = [p for a in facts.articles for p in a.people]
    assert [(p.name, p.partial) for p in people] == [("小王", True)]


def test_a_two_character_name_before_yixing_is_a_person():
    assert "莫池" in _people("本报讯 韦东对莫池一行调研表示欢迎。")


def test_regional_surnames_make_names():
    people = _people("本报讯 石湾县总工会副主席禤志明、矫玉山出席。")
    assert people == ["禤志明", "矫玉山"]
    people = _people("本报讯 慰问组还深入困难职工、全国劳模青立华和困难职工韦家川家中。")
    assert "青立华" in people


def test_an_ambiguous_regional_surname_opens_no_name_in_a_word():
    assert _people("本报讯 青年突击队开展活动，会上旷工问题被提出。") == []
