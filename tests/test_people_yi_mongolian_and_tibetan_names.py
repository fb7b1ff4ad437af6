"""Names of China's minorities the people rules once cut or missed: Yi names (a clan
name and a given name of two characters, no Han surname) that the model cuts anywhere,
and Mongolian, Tibetan and Yi names listed with 、 after a name found. Invented names,
bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾州总工会开展职工培训\n\n" + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_yi_name_before_a_title_after_names_is_read_whole():
    body = "本报讯 彝族刺绣代表性传承人吉克伍各老师手把手传授针法。"
    assert _people(body) == ["吉克伍各"]


def test_a_han_name_opening_like_a_clan_name_keeps_three_characters():
    body = (
        "本报讯 彝族刺绣代表性传承人吉克伍各老师手把手传授针法。"
        "会上，马海波副主席作了讲话。市总工会副主席马海波说，培训将常态化。"
    )
    assert sorted(_people(body)) == sorted(["吉克伍各", "马海波", "马海波"])


def test_yi_names_listed_with_a_list_mark_are_read_whole():
    body = "本报讯 彝族绣娘阿苏拉则、吉克阿呷、沙马伍各等人展示了手工刺绣。"
    assert sorted(_people(body)) == sorted(["阿苏拉则", "吉克阿呷", "沙马伍各"])


def test_mongolian_and_tibetan_names_listed_after_a_name_found_are_people():
    mongolian = "本报讯 蒙古族职工巴特尔、其其格和乌兰夫参加了那达慕比赛。"
    tibetan = "本报讯 藏族职工扎西次仁、央金卓玛在比赛中获得一等奖。"
    assert "其其格" in _people(mongolian)
    assert _people(tibetan) == ["扎西次仁", "央金卓玛"]
