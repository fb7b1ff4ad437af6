"""A name of a 、 list that reads as a word (甘露, 金星) or opens with a surname that
usually is one (易光明) is a person where it stands between two names of the list: a
list of names holds no other word there. The item must open with a surname and be no
very frequent word; the last item of a list, with no name after it, is not read this
way. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾区总工会召开第五次会员代表大会\n\n" + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_word_between_two_names_of_a_list_is_a_person():
    body = (
        "本报讯 5月12日，青禾区总工会第五次会员代表大会闭幕。大会选出新一届委员会，"
        "司马兰、柯雨田、金星、邝文涛五位同志当选为委员。"
    )
    assert "金星" in _people(body)


def test_a_word_surname_between_two_names_of_a_list_is_a_person():
    body = (
        "本报讯 5月12日，青禾区总工会第五次会员代表大会闭幕。戴晓明当选为主席，"
        "尹素兰、易光明、聂卫国当选为副主席。"
    )
    names = _people(body)
    assert "易光明" in names
    assert {"尹素兰", "聂卫国"} <= set(names)


def test_a_word_after_the_last_name_of_a_list_is_no_person():
    body = (
        "本报讯 5月12日，青禾区总工会第五次会员代表大会闭幕。尹素兰、聂卫国、金星"
        "电机厂的职工代表参加了会议。"
    )
    names = _people(body)
    assert "金星" not in names


def test_a_frequent_word_between_names_is_no_person():
    body = "本报讯 5月12日，青禾区总工会第五次会员代表大会闭幕。尹素兰、单位、聂卫国等参加了会议。"
    assert "单位" not in _people(body)
