"""Activities of real pages, s14 (issue 11): events unions hold for their members named
by nouns the trigger list lacked: a festival fair of games (新春游园会) and an
orienteering or cross-country race (趣味定向赛, 定向越野赛). Sentences written for these
tests (invented names and units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def found(text: str) -> list[tuple[str, Category]]:
    return [(a.name, a.category) for a in find_activities([text])]


def test_a_new_year_fair_of_games_is_an_event():
    text = (
        "1月20日，柳岸街道工会联合会在青湾广场工会驿站举办“迎春纳福”新春游园会，八十余名职工参加。"
    )
    assert found(text) == [("“迎春纳福”新春游园会", Category.other)]


def test_an_orienteering_race_is_a_competition():
    text = "5月下旬，区总工会将举办以健康生活为主题的职工趣味定向赛。"
    assert found(text) == [("以健康生活为主题的职工趣味定向赛", Category.competition)]


def test_a_cross_country_orienteering_race_is_a_competition():
    text = "11月2日，“青湾杯”2025年柳岸市职工定向越野赛在市工人文化宫开赛，60支队伍参赛。"
    assert found(text) == [("“青湾杯”2025年柳岸市职工定向越野赛", Category.competition)]
