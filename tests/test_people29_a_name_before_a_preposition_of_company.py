"""主席马兰同大家一起座谈: a preposition that follows names (同, 与, 向: jieba's p) right
after a name of two characters jieba reads as a name is no third character of it, though
the model reads the three as one name (马兰同); the phrase it opens names whom the person
meets. A name of three characters jieba reads whole keeps its last character. Invented
names, bodies and events (s43, people29)."""

from __future__ import annotations

from tests.conftest import page_people


def _people(body: str) -> list[str]:
    return page_people("县总工会走访困难职工\n\n本报讯 " + body + "\n")


def test_a_name_before_tong_dajia_ends_before_it():
    assert _people("1月18日，县总工会主席马兰同大家一起座谈。") == ["马兰"]


def test_a_name_before_yu_ends_before_it():
    assert _people("1月18日，县总工会副主席刘洪与职工们交流。") == ["刘洪"]


def test_a_name_jieba_reads_whole_keeps_its_last_character():
    assert _people("1月18日，厂工会主席李大同介绍了经验。") == ["李大同"]
