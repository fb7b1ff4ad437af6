"""A Uyghur or Kazakh name printed with a space where its middle dot belongs (古丽米拉 吐尔逊)
is one person, whichever reader saw a part of it: the model the first part alone, a
rule the first part and the model the last, or the model a span across the space that
starts inside the first part. A roll of Han names printed apart stays a roll. Invented
names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people.spaced_parts import gaps, joined_parts
from tests.conftest import page_facts


def _people(text: str) -> list[str]:
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_the_first_part_the_model_reads_takes_the_last_part_after_the_space():
    text = "本报讯 地委委员、地区总工会主席古丽米热 吐尔洪出席会议并讲话，副主席韦东山主持会议。"
    people = _people(text)
    assert "古丽米热吐尔洪" in people
    assert "古丽米热" not in people and "韦东山" in people


def test_a_span_across_the_space_starts_where_the_first_part_does():
    text = "本报讯 会上，市劳动模范、环卫工人 努尔兰 叶尔肯作交流发言。"
    people = _people(text)
    assert "努尔兰叶尔肯" in people
    assert not any(n in people for n in ("兰叶尔", "兰叶尔肯"))


def test_the_rules_first_part_and_the_models_last_part_are_one_person():
    text = "本报讯 受表彰的有：青禾县总工会主席艾尔肯 买买提江，青禾县总工会干事马晓燕。"
    people = _people(text)
    assert "艾尔肯买买提江" in people and "马晓燕" in people
    assert not any(n in people for n in ("艾尔肯", "买买提江"))


def test_a_subtitle_keeping_its_spaces_reads_the_name_whole():
    text = (
        "青禾县总工会召开全委会\n"
        "古丽米热 吐尔洪讲话　韦东山主持\n"
        "本报讯 3月8日，青禾县总工会全委会召开。"
    )
    people = _people(text)
    assert "古丽米热吐尔洪" in people and "古丽米热" not in people


def test_a_roll_of_han_names_printed_apart_stays_a_roll():
    text = "本报讯 获得“青禾工匠”称号的有：邬明华 蓝小燕 苗建国 甘立新 付海涛。"
    assert _people(text) == ["邬明华", "蓝小燕", "苗建国", "甘立新", "付海涛"]


def test_parts_need_the_transcriptions_characters_on_both_sides():
    assert joined_parts("古丽米拉", "吐尔逊")
    assert joined_parts("艾尔肯", "艾力")
    assert not joined_parts("艾尔肯", "韦东山")  # a Han name after a first part
    assert not joined_parts("邓建林", "覃晓梅")
    assert not joined_parts("阿", "吐尔逊")  # one character is no part


def test_a_kept_blank_and_a_removed_space_are_both_gaps():
    assert gaps("古丽 吐尔逊", frozenset()) == {3: 2}
    assert gaps("古丽吐尔逊", frozenset({2})) == {2: 2}
    assert gaps("古丽 2024", frozenset()) == {}
