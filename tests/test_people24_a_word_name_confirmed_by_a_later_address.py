"""A two-character name that is also a word (田野 a field, 高原 a plateau) opening a
clause before a verb is a person when the article later addresses someone by that
surname and a post or a form of address (田主席表示, 高师傅说) and names no one else with
that surname; without the address, or with another person of that surname, the word
stays a word. Invented names and events (s40, people24)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "某区总工会召开基层工会主席座谈会\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_a_word_name_is_confirmed_by_a_later_surname_and_post():
    body = (
        "3月12日，尧都区总工会召开座谈会。会上，田野结合本单位实际，介绍了建家做法。\n"
        "田主席表示，下一步将把更多资源投向一线职工。\n"
    )
    assert _people(body) == ["田野"]


def test_a_later_form_of_address_is_the_word_named_person_not_another():
    body = (
        "在铸造车间，高原是出了名的“老黄牛”，二十多年练就了一手绝活。\n"
        "“干活就要对得起这身工装。”高师傅说。\n"
    )
    assert _people(body) == ["高原"]


def test_a_word_with_no_later_address_stays_a_word():
    body = "展厅里，田野风光的画作吸引了不少职工。高原是很多摄影作品的主题。"
    assert _people(body) == []


def test_an_address_of_a_person_named_in_full_confirms_no_word():
    body = (
        "区总工会主席田建国出席会议。会上，田野结合本单位实际介绍了做法。\n"
        "田主席要求，各级工会要把服务做实。\n"
    )
    assert "田野" not in _people(body)


def test_a_word_inside_a_clause_is_not_confirmed():
    body = "职工们走进田野开展采摘活动。田主席表示，活动让职工放松身心。"
    assert "田野" not in _people(body)


def test_a_common_noun_or_a_city_opening_a_clause_is_not_confirmed():
    body = (
        "高温来袭，区总工会开展送清凉活动。江山举办职工运动会。\n"
        "高主席表示，要把清凉送到一线。江主席也到场慰问。\n"
    )
    people = _people(body)
    assert "高温" not in people and "江山" not in people
