"""Activities (s49 acts61): a show told bare as the subject of its own staging at a venue
(一场精彩的文艺汇演在县影剧院拉开帷幕, 文艺演出在某工人文化宫举行) is one show held, with
that venue as its place: no verb acted on it and its name was only its kind, so it was
read as a habit and lost; 上演 (…文艺汇演在县影剧院上演) is a verb of holding that gives
the place. Real pages of s49 (county and city unions' new-year and May Day shows in a
workers' daily's web copies, a county portal and city unions' posts). Near misses: a show
staged 在开场舞中 (a moment, no venue), a show praised (文艺演出在职工中很受欢迎) and a
named show told again stay as they were. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _shows(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.place) for a in find_activities([text])]


def test_a_show_of_one_round_staged_at_a_venue_is_one_show_held():
    text = "1月15日晚，一场精彩的文艺汇演在县影剧院拉开帷幕，300余名职工观看了演出。"
    assert _shows(text) == [("文艺汇演", "县影剧院")]


def test_an_evening_show_of_the_workers_own_staged_at_a_venue_is_held():
    text = "1月15日晚，一台职工自编自演的文艺晚会在县工人文化宫上演。"
    assert _shows(text) == [("文艺晚会", "县工人文化宫")]


def test_a_named_show_staged_is_at_its_venue():
    text = "1月15日晚，青禾县总工会新春职工文艺汇演在县影剧院上演。"
    assert _shows(text) == [("青禾县总工会新春职工文艺汇演", "县影剧院")]


def test_a_show_opening_on_a_moment_is_no_new_show():
    texts = [
        "12月20日，由市总工会主办的“暖心迎新年”慰问文艺演出在市工人文化宫隆重举行。",
        "演出在开场舞中拉开帷幕。",
    ]
    assert [a.name for a in find_activities(texts)] == ["“暖心迎新年”慰问文艺演出"]


def test_a_show_closing_in_song_is_no_show_of_its_own():
    assert _shows("文艺演出在歌声中落下帷幕。") == []


def test_the_named_show_staged_again_is_one_show():
    text = (
        "5月1日，柳岸县总工会举办“劳动最美”职工文艺汇演。一场精彩的文艺汇演在县影剧院上演，"
        "500余名职工观看。"
    )
    assert [a.name for a in find_activities([text])] == ["“劳动最美”职工文艺汇演"]
