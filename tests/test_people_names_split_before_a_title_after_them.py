"""Names of three characters jieba split where a title follows the name (a body's name,
then 某某主席): a common surname jieba read as a measure word and a given name it read as
an ordinary word; and a name cut before a verb of reading out a decision (宣读) that
jieba joins to its last character. Invented names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people.name_length import name_after
from gonghui_build.extract.people.rules import names_before_titles
from tests.test_people_names_jieba_or_the_model_cut import _tokens


def _names(words: list[tuple[str, str]]) -> list[tuple[str, list[tuple[str, str | None]]]]:
    text = "".join(w for w, _ in words)
    hits = names_before_titles(text, _tokens(*words))
    return [(h.name, [(c.title, c.org_written) for c in h.claims]) for h in hits]


def test_a_split_name_between_a_union_and_a_title_after_it_is_a_person_held_there():
    words = [("上午", "t"), ("，", "x"), ("青禾", "nz"), ("市", "n"), ("总工会", "n")]
    words += [("张", "q"), ("立新", "d"), ("主席", "n"), ("走访", "v"), ("了", "ul"), ("劳模", "n")]
    words += [("。", "x")]
    assert _names(words) == [("张立新", [("主席", "青禾市总工会")])]


def test_a_split_name_with_no_body_before_it_stays_unread():
    words = [("上午", "t"), ("，", "x"), ("张", "q"), ("立新", "d"), ("主席", "n")]
    words += [("走访", "v"), ("了", "ul"), ("劳模", "n"), ("。", "x")]
    assert _names(words) == []


def test_a_department_closing_a_body_before_its_head_is_no_name():
    words = [("青禾", "nz"), ("市", "n"), ("总工会", "n"), ("宣", "n"), ("教部", "n")]
    words += [("部长", "n"), ("出席", "v"), ("。", "x")]
    assert _names(words) == []


def test_a_name_before_reading_out_a_decision_keeps_its_last_character():
    text = "会上，区总工会副主席、书记处书记韩国中宣读表彰决定。"
    words = [("会上", "t"), ("，", "x"), ("区", "n"), ("总工会", "n"), ("副", "b"), ("主席", "n")]
    words += [("、", "x"), ("书记处", "n"), ("书记", "n"), ("韩国", "ns"), ("中", "ns")]
    words += [("宣读", "v"), ("表彰", "v"), ("决定", "v"), ("。", "x")]
    assert "".join(w for w, _ in words) == text
    assert name_after(text, text.index("韩国中"), _tokens(*words)) == "韩国中"
