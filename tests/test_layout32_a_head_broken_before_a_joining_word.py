"""A title set over two lines may be broken before a joining word (``关于表彰…优秀工会
工作者`` / ``和优秀工会积极分子的决定``, ``某某大会`` / ``暨职工运动会开幕``): a headline
names its subject first and cannot open with ``和``, ``及``, ``暨``, so the two lines are one
headline, not a kicker over a headline. A second line opening with a word that merely
starts with such a character (``和谐…``, ``与会…``, ``及时…``) is read as before.
Invented text in the shape of county unions' commendation notices read in session 39."""

from __future__ import annotations

from tests.conftest import layout_articles

BODY = (
    "各乡镇总工会，县直各工会：\n"
    "2023年，全县各级工会干部认真贯彻县委和上级工会工作部署，涌现出一批先进典型。\n"
    "经研究，决定授予王建军等20名同志“全县优秀工会工作者”称号。\n"
    "青川县总工会\n"
)


def _head_roles(page: str) -> list[tuple[str, str]]:
    (article,) = layout_articles(page)
    return [(role, text) for role, text in article if role in ("kicker", "headline")]


def test_a_second_line_opening_on_and_goes_on_the_headline() -> None:
    page = "关于表彰2023年度全县优秀工会工作者\n和优秀工会积极分子的决定\n" + BODY
    assert _head_roles(page) == [
        ("headline", "关于表彰2023年度全县优秀工会工作者"),
        ("headline", "和优秀工会积极分子的决定"),
    ]


def test_a_second_line_opening_on_ji_goes_on_the_headline() -> None:
    page = "青川县总工会第十四届委员会第三次全体会议\n暨2024年工会工作会议召开\n" + (
        "本报讯 1月18日，青川县总工会第十四届委员会第三次全体会议暨2024年工会工作会议召开。\n"
    )
    roles = _head_roles(page)
    assert [r for r, _ in roles] == ["headline", "headline"]


def test_a_kicker_over_a_headline_opening_on_harmony_stays_a_kicker() -> None:
    page = "青川县总工会\n和谐劳动关系创建结硕果\n" + (
        "本报讯 近日，青川县总工会公布2023年度和谐劳动关系创建示范企业名单，12家企业入选。\n"
    )
    assert _head_roles(page) == [("kicker", "青川县总工会"), ("headline", "和谐劳动关系创建结硕果")]
