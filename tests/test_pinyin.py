"""Names in pinyin read their surname as a surname."""

from __future__ import annotations

import pytest
from pypinyin import lazy_pinyin, pinyin

from gonghui_build import reference
from gonghui_build.text.pinyin import name_pinyin, surname_readings, toneless

ISSUE_EXAMPLES = {
    "曾": "Zeng", "单": "Shan", "解": "Xie", "仇": "Qiu", "区": "Ou", "朴": "Piao",
    "查": "Zha", "盖": "Ge", "乐": "Yue", "翟": "Zhai", "覃": "Qin", "缪": "Miao",
    "尉迟": "Yuchi", "万俟": "Moqi",
}  # fmt: skip


def test_zeng_fanxin_is_read_with_the_surname_reading():
    assert name_pinyin("曾", "繁新") == "Zeng Fanxin"
    # what pypinyin alone gives, and why the table exists
    assert lazy_pinyin("曾繁新")[0] == "ceng"


@pytest.mark.parametrize(("surname", "expected"), sorted(ISSUE_EXAMPLES.items()))
def test_polyphonic_surnames_take_their_surname_reading(surname, expected):
    assert name_pinyin(surname, "建国") == f"{expected} Jianguo"


def spelled_by_heteronyms(surname: str, reading: str) -> bool:
    """``reading`` is one listed reading (with its tone) of each character, in order."""
    if not surname:
        return reading == ""
    return any(
        reading.startswith(h) and spelled_by_heteronyms(surname[1:], reading[len(h) :])
        for h in pinyin(surname[0], heteronym=True)[0]
    )


def test_every_reading_is_made_of_the_characters_listed_readings():
    readings = surname_readings()
    assert len(readings) >= 50
    wrong = {s: r for s, r in readings.items() if not spelled_by_heteronyms(s, r)}
    assert wrong == {}


def test_every_entry_has_a_source_and_no_surname_is_listed_twice():
    entries = reference.load("surname_readings.yaml")["readings"]
    assert all(e.source and e.pinyin and e.surname for e in entries)
    surnames = [e.surname for e in entries]
    assert len(surnames) == len(set(surnames))


def test_compound_surnames_and_given_names_are_written_as_one_word():
    assert name_pinyin("欧阳", "文") == "Ouyang Wen"
    assert name_pinyin("尉迟", "敬德") == "Yuchi Jingde"
    assert name_pinyin("王", "芳") == "Wang Fang"


def test_toneless_keeps_u_umlaut_as_v_and_strips_only_tones():
    assert toneless("lǚ") == "lv" and toneless("zēng") == "zeng" and toneless("yùchí") == "yuchi"


def test_empty_and_unreadable_parts_are_left_out():
    assert name_pinyin("李", "") == "Li"
    assert name_pinyin("", "") == ""
    assert name_pinyin("李", "A1") == "Li"
