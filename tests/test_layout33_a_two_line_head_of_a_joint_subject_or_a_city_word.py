"""Two lines over a dateline that make one headline, not a kicker over a headline: a
first line naming a body, a verb joining another body to it and that body (``某县总工会
联合县人社局`` / ``为212名农民工追回欠薪``: the subject of the head, where a kicker names one
unit), and a first line opening with a city whose short form is also a word of the
language (``长治：职工书屋`` / ``开进工业园区``: a place before the colon as ``成都：`` is).
A unit's name alone, a slogan with no body before its verb, and ``某某联合会`` keep the
kicker. Invented items in the shape of county and city e-papers (session 39, layout33)."""

from __future__ import annotations

from tests.conftest import layout_articles

_DATELINED = (
    "本报讯（通讯员 秦小梅）1月12日，宁远县总工会联合县人社局召开欠薪问题协调会，"
    "为农民工追回欠薪480余万元。\n"
    "县总工会法律援助中心律师逐一核对工资台账。\n"
)


def _heads(text: str) -> list[tuple[str, str]]:
    return [(r, t) for r, t in layout_articles(text)[0] if r in ("kicker", "headline")]


def test_a_body_joined_by_another_is_the_headlines_subject() -> None:
    assert _heads("县总工会联合县人社局\n为212名农民工追回欠薪\n" + _DATELINED) == [
        ("headline", "县总工会联合县人社局"),
        ("headline", "为212名农民工追回欠薪"),
    ]


def test_hand_in_hand_with_another_body_too() -> None:
    roles = _heads("市总工会携手市妇联\n为女职工送去健康体检\n" + _DATELINED)
    assert [r for r, _ in roles] == ["headline", "headline"]


def test_a_citys_short_form_that_is_a_word_before_the_colon() -> None:
    assert _heads("长治：职工书屋\n开进工业园区\n" + _DATELINED) == [
        ("headline", "长治：职工书屋"),
        ("headline", "开进工业园区"),
    ]


def test_a_units_name_alone_stays_the_kicker() -> None:
    roles = _heads("宁远县总工会\n为212名农民工追回欠薪\n" + _DATELINED)
    assert roles[0] == ("kicker", "宁远县总工会")


def test_a_federation_named_so_stays_the_kicker() -> None:
    roles = _heads("宁远县工会联合会\n为212名农民工追回欠薪\n" + _DATELINED)
    assert roles[0] == ("kicker", "宁远县工会联合会")


def test_a_slogan_with_no_body_before_its_verb_stays_the_kicker() -> None:
    roles = _heads("劳模工匠携手同行\n为212名农民工追回欠薪\n" + _DATELINED)
    assert roles[0] == ("kicker", "劳模工匠携手同行")
