"""An awards gala, session 35 (acts21). …年度“最美职工”颁奖盛典在市大剧院举行: the gala is
a ceremony as a 颁奖典礼 is (a meeting, at its venue); after a contest's final it is the
final's prize-giving, a part of it. Shapes read on real pages (a city's 最美职工 gala with a
May Day show, a county's 最美一线职工 ceremony, a community's 最美劳动者 awards, a county
union's essay prize-giving); sentences written for these tests (invented bodies)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_an_awards_gala_is_a_ceremony_at_its_venue():
    found = find_activities(
        [
            "4月27日晚，南川市2022年度“最美职工”颁奖盛典在市大剧院举行。颁奖盛典上，10名“最美职工”依次登台领奖。"
        ]
    )
    assert [(d.name, d.category, d.place) for d in found] == [
        ("南川市2022年度“最美职工”颁奖盛典", Category.meeting, "市大剧院")
    ]


def test_a_gala_after_a_final_is_a_part_of_it():
    found = find_activities(["5月9日，桐溪区职工篮球赛决赛在区体育馆举行。赛后举行了颁奖盛典。"])
    assert [(d.name, d.parent) for d in found] == [("桐溪区职工篮球赛决赛", None), ("颁奖盛典", 0)]


def test_a_gala_word_in_a_show_is_no_ceremony():
    found = find_activities(
        ["5月1日，桐溪区总工会举办“劳动者之歌”文艺演出，为职工献上一场视听盛宴。"]
    )
    assert [d.name for d in found] == ["“劳动者之歌”文艺演出"]
