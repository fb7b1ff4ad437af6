"""Names the people rules cut or missed (s32, people8): Dai names of Dehong opening with
排 (printed where a surname stands, as 岩 in Xishuangbanna), names with a rare surname
(颉, 郇) and a name of two characters that a title read with a verb of one character glued
on (岩坎蹲|在田边) where the article prints the name alone. Invented names and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾州总工会开展技术服务\n\n" + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_dai_name_opening_with_pai_after_a_title_is_a_person():
    body = "本报讯 服务队设立咨询台，县法律援助中心律师排香应为职工解答劳务用工问题十余个。"
    assert _people(body) == ["排香应"]


def test_words_opening_with_pai_after_a_title_stay_no_person():
    bodies = [
        "本报讯 工会主席排忧解难，为职工办实事十余件。",
        "本报讯 电工排查线路隐患，律师排除了职工的疑虑。",
        "本报讯 工会干部排班值守，县总工会副主席排头兵作用明显。",
    ]
    assert [_people(b) for b in bodies] == [[], [], []]


def test_names_with_a_rare_surname_are_people():
    home = "本报讯 家住城西街道的职工颉东生去年因车祸致残，工会送去慰问金。"
    titled = "本报讯 市总工会副主席郇建国一行到企业调研。"
    assert _people(home) == ["颉东生"]
    assert _people(titled) == ["郇建国"]


def test_a_name_read_with_a_verb_glued_on_is_the_name_the_article_prints_alone():
    body = (
        "本报讯 州农科所高级农艺师岩坎蹲在田边，手把手教大家嫁接。"
        "“嫁接要快，来年才结得多。”岩坎说。\n\n▲岩坎（左二）现场讲解嫁接技术"
    )
    assert set(_people(body)) == {"岩坎"}


def test_a_three_character_name_before_a_verb_stays_whole_when_not_printed_short():
    body = "本报讯 车间主任李建华走到机床前讲解要领。李建华说，安全第一。"
    assert _people(body) == ["李建华", "李建华"]
