"""A place given only in the headline, session 36 (acts24): 某县第三届职工运动会在县体育馆开幕
over a lead that reports the games with no place (9月12日，…某县第三届职工运动会开幕。).
The headline says where the body's event was held; the body's activity takes it. A
headline naming another event, or the body's own place, leaves the body's place as it
is. Shape read on real pages (games opened at a city's sports hall, a school tour told
by its school in the headline); pages written for these tests (invented places)."""

from __future__ import annotations

from tests.conftest import page_facts


def _rows(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.place) for a in page_facts(text).articles[0].activities]


def test_the_headlines_place_is_the_body_events():
    page = (
        "青川县第三届职工运动会在县体育馆开幕\n\n"
        "本报讯 9月12日，由县总工会、县文体局联合主办的青川县第三届职工运动会开幕。"
        "来自全县的28支代表队600余名运动员参加8个项目的角逐。\n"
    )
    assert _rows(page) == [("青川县第三届职工运动会", "县体育馆")]


def test_the_bodys_own_place_stands():
    page = (
        "青川县第三届职工运动会在县体育馆开幕\n\n"
        "本报讯 9月12日，青川县第三届职工运动会在县体育中心开幕。\n"
    )
    assert _rows(page) == [("青川县第三届职工运动会", "县体育中心")]


def test_a_headline_of_another_event_gives_no_place():
    page = (
        "县职工篮球赛在县体育馆开幕\n\n"
        "本报讯 9月12日，县总工会举办2024年基层工会主席培训班，80名学员参加。\n"
    )
    assert _rows(page) == [("2024年基层工会主席培训班", None)]


def test_a_campaign_launched_at_the_headlines_place_takes_none():
    page = (
        "2025年东湖区“职工健步走”系列活动在滨河公园启动\n\n"
        "本报讯 4月12日，东湖区总工会启动2025年东湖区“职工健步走”系列活动，"
        "全年将举办12场健步走。\n"
    )
    rows = _rows(page)
    assert rows[0] == ("2025年东湖区“职工健步走”系列活动", None)
