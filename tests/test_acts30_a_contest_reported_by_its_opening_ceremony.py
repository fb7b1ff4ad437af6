"""Activities (s37): a contest the text reports only by its opening ceremony
(某区第二届职工趣味运动会开幕式在某中心举行; 在某区举办职工篮球联赛开幕式) is the contest,
of kind competition, named without the ceremony word: the teams compete in the games
(real_dev10 gives such a 联赛开幕式 as the contest). A course's opening
(…培训班开班仪式) stays a ceremony, as the seeds' gold has it, and a ceremony of games
already read stays a ceremony too. Sentences written for these tests (invented names
and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def found(*paragraphs: str):
    return [(a.name, a.category) for a in find_activities(list(paragraphs))]


def test_games_opened_at_a_venue_are_the_games():
    out = found("10月12日，青禾区第二届职工趣味运动会开幕式在区全民健身中心举行。")
    assert out == [("青禾区第二届职工趣味运动会", Category.competition)]


def test_a_league_whose_opening_a_union_held_is_the_league():
    out = found("5月12日，青禾市总工会在城北区举办职工篮球联赛开幕式。")
    assert out == [("职工篮球联赛", Category.competition)]


def test_those_taking_part_after_the_opening_count_for_the_games():
    acts = find_activities(
        [
            "10月12日，青禾区第二届职工趣味运动会开幕式在区全民健身中心举行。"
            "600余名职工参加了拔河、跳绳等8个项目的比赛。"
        ]
    )
    assert [a.name for a in acts] == ["青禾区第二届职工趣味运动会"]
    assert acts[0].participants is not None and acts[0].participants.count == 600


def test_a_courses_opening_ceremony_stays_a_ceremony():
    out = found("7月10日上午，2023年青禾区工会干部培训班开班仪式在区党校举行。")
    assert out == [("2023年青禾区工会干部培训班开班仪式", Category.meeting)]


def test_the_opening_of_games_already_read_is_no_second_games():
    out = found(
        "9月16日，青禾市第三届职工运动会在市体育中心开幕。",
        "当晚，青禾市第三届职工运动会开幕式在市体育中心举行。",
    )
    assert [n for n, _ in out].count("青禾市第三届职工运动会") == 1
