"""A name after an occupation, closed by a one-character verb and its particle of
aspect (拿着, 握着), is read whole though the verb is no word that follows names and
jieba glues the name's last character to it (invented names)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(text: str) -> set[str]:
    return {p.name for a in page_facts(text).articles for p in a.people}


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    facts = page_facts(text)
    return {(q.name, q.title, q.org_written) for a in facts.articles for q in a.positions}


def test_a_name_after_an_occupation_before_a_verb_and_its_particle_is_read_whole():
    text = "本报讯 车间里机器轰鸣。木工柏水仿拿着刨子走了过来。"
    assert "柏水仿" in _people(text)
    assert ("柏水仿", "木工", None) in _posts(text)


def test_a_name_whose_last_character_jieba_glues_to_the_verb_is_read_whole():
    text = "本报讯 车间里焊花飞溅。焊工邬水仿握着焊枪，一干就是一上午。"
    assert "邬水仿" in _people(text)


def test_a_word_for_people_before_a_verb_and_its_particle_names_no_one():
    text = "本报讯 车间里焊花飞溅。电工班长拿着图纸，快递员小哥拿着包裹，环卫工每天拿着扫帚。"
    assert not _people(text)
