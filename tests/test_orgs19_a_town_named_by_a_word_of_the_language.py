"""A town or township named by a word of the language (正平, 宏伟, 前进, 复兴: jieba reads
it as an adjective, a verb or an adverb and cuts the level word 镇 or 乡 off as a word of
its own) is the town's name when it opens a list's item or a verb's object; the walk
stopped at the word and read a bare 镇工会. A compass point jieba cuts off a town's name
as a locative (西|山镇) is its first character, and so is any other character jieba cuts
off where it opens a verb's object (来到|锁|南镇). A word that names no town (走访, 部分,
新建) stays the sentence's. Seen on real pages of union visits to towns (s38, orgs19).
Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _written(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_an_adjective_town_after_a_verb_of_going():
    assert "正平镇总工会" in _written("调研组来到正平镇总工会，听取工作汇报。")


def test_an_adjective_town_as_a_lists_item():
    assert "宏伟镇工会" in _written("慰问组走访了东村、宏伟镇工会、南村。")


def test_a_verb_town_after_a_verb_of_going():
    assert "前进乡工会" in _written("调研组深入到前进乡工会，了解职工需求。")


def test_an_adverb_town_after_its_county():
    assert "青禾县立新镇总工会" in _written("青禾县立新镇总工会组织职工参加比赛。")


def test_a_compass_point_opens_the_town():
    assert "西山镇总工会" in _written("西山镇总工会主席卢荣一行走访一线职工。")


def test_a_character_cut_off_a_town_after_a_verb_of_going():
    assert "锁南镇中心小学" in _written("慰问组来到锁南镇中心小学，为教师送上慰问品。")


def test_a_pronoun_before_a_town_is_no_part_of_it():
    assert not any(w.startswith("该") for w in _written("县总工会在该南镇召开会议。"))


def test_a_visit_verb_names_no_town():
    assert "走访镇工会" not in " ".join(_written("区总工会走访镇工会，听取意见。"))


def test_a_determiner_names_no_town():
    assert not any(w.startswith("部分") for w in _written("慰问组到部分镇工会开展调研。"))


def test_a_founding_verb_names_no_town():
    assert not any(w.startswith("新建") for w in _written("县总工会新建镇工会3个。"))


def test_a_verb_after_a_comma_names_no_town():
    assert not any(w.startswith("整合") for w in _written("县总工会要求各乡镇，整合镇工会资源。"))


def test_a_compass_point_before_a_common_noun_opens_nothing():
    assert not any(w.startswith("西小镇") for w in _written("西小镇工会开展活动。"))


def test_a_time_word_before_the_towns_union_names_no_town():
    found = _written("青禾镇总工会主席王某说，今年镇总工会将开展技能培训。")
    assert not any("今年" in body for body in found)
    assert "青禾镇总工会" in found
