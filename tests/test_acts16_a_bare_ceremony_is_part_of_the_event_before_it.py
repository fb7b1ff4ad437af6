"""An opening or closing ceremony printed by its word alone after the lead of the event it
opens or closes (…运动会在县体育场开幕。…出席开幕式。开幕式上，…) is part of that event,
as real pages of s33 print a games' or a course's ceremonies (issue 11). Invented names."""

from __future__ import annotations

from tests.built import built_activities

GAMES = (
    "青川县首届职工运动会开幕\n\n"
    "本报讯 9月6日上午，由青川县总工会主办的青川县首届职工运动会在县体育场开幕，"
    "二十支代表队参加比赛。\n\n"
)


def _parents(pages_dir, tmp_path, page: str) -> dict[str | None, str | None]:
    rows = built_activities(pages_dir, tmp_path, page)
    names = {r["activity_id"]: r["name"] for r in rows}
    return {r["name"]: names.get(r["parent_activity_id"]) for r in rows}


def test_an_opening_ceremony_reported_as_a_scene_is_part_of_the_games_before_it(
    pages_dir, tmp_path
):
    page = GAMES + "县总工会主席罗明川出席开幕式。开幕式上，三百名职工表演了广播体操。\n"
    assert _parents(pages_dir, tmp_path, page)["开幕式"] == "青川县首届职工运动会"


def test_a_ceremony_paragraphs_after_the_event_is_part_of_no_event(pages_dir, tmp_path):
    page = (
        GAMES
        + "比赛设田径、拔河等六个项目。\n\n"
        + "选手们表示，将把比赛精神带回岗位。\n\n"
        + "开幕式上，三百名职工表演了广播体操。\n"
    )
    assert _parents(pages_dir, tmp_path, page).get("开幕式") is None
