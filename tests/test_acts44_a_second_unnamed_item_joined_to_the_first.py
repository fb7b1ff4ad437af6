"""Activities (s41 acts44): a second activity joined to the one before it (举办了职工篮球赛和
职工乒乓球赛, 职工篮球赛、职工拔河赛), its name nothing but 职工 and its trigger, is the
next item held, a new activity: it had been read as the first told again and lost. Real
pages of s41 (a county union's ball games, a women's committee's two contests). Near
misses: a contest's rounds (初赛和复赛) and a bare trigger after the first stay as they
were.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _names(text: str) -> list[str]:
    return [a.name for a in find_activities([text])]


def test_two_ball_games_joined_are_two():
    assert _names("区总工会举办了职工篮球赛和职工乒乓球赛。") == ["职工篮球赛", "职工乒乓球赛"]


def test_two_games_listed_with_a_pause_mark_are_two():
    assert _names("区总工会举办了职工羽毛球赛、职工拔河赛。") == ["职工羽毛球赛", "职工拔河赛"]


def test_two_games_in_turn_take_their_months():
    acts = find_activities(["3月和5月，区总工会分别举办了职工篮球赛和职工乒乓球赛。"])
    assert [(a.name, a.date.month if a.date else None) for a in acts] == [
        ("职工篮球赛", 3),
        ("职工乒乓球赛", 5),
    ]


def test_rounds_of_a_contest_stay_its_format():
    assert _names("各分厂先后举行了初赛和复赛。") == []


def test_a_bare_trigger_after_the_first_is_no_new_one():
    assert _names("区总工会举办了职工篮球赛和篮球赛。") == ["职工篮球赛"]
