"""A Yi clan name whose first character is far more often a word than a Han surname
(沙马, 阿苏: 沙 and 阿 are ``surnames.yaml`` ambiguous) opens a Yi name of four characters
even where the fourth starts a word that follows names (沙马某则|当选): no Han name of
three characters is likely there. A clan opening with a common Han surname (马海) keeps
the Han reading (马海某|则表示). Clans the reference lists since the change (吉火) open a
Yi name after a title. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾州总工会召开会员代表大会\n\n" + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_clan_opening_with_a_word_keeps_four_characters_before_ze():
    body = (
        "本报讯 5月12日，青禾大学工会召开第三次会员代表大会。在随后召开的委员会全体会议上，"
        "岳秋华当选为工会主席，蔡明清、沙马拉则当选为工会副主席。"
    )
    names = _people(body)
    assert "沙马拉则" in names
    assert "沙马拉" not in names


def test_a_clan_opening_with_a_han_surname_keeps_the_han_name_before_ze():
    body = (
        "本报讯 5月12日，青禾大学工会召开第三次会员代表大会。岳秋华当选为工会主席。"
        "青禾州总工会副主席马海涛则表示，各级工会将加强服务。"
    )
    names = _people(body)
    assert "马海涛" in names
    assert "马海涛则" not in names


def test_a_listed_clan_name_opens_a_yi_name_after_a_title():
    body = (
        "本报讯 5月12日，青禾州总工会走访慰问劳模。合作社理事长吉火了布介绍了魔芋种植情况，"
        "工会为合作社送去慰问金。"
    )
    names = _people(body)
    assert "吉火了布" in names
    assert "吉火" not in names
