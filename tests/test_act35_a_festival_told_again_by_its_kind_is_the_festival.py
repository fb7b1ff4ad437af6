"""A festival opened with a show, then told again by its kind (本届文化节从5月持续至10月):
the run is the festival's, not the opening show's, though the show was read after it;
a trigger of three characters (文化节, 运动会) names the kind the later mention refers to.
Pages written for these tests (invented units and names)."""

from __future__ import annotations

from tests.built import built_activities


def _row(rows: list[dict], name: str) -> tuple[str | None, str | None]:
    found = [(r["start_date"], r["end_date"]) for r in rows if r["name"] == name]
    assert len(found) == 1, rows
    return found[0]


def test_the_run_told_again_is_the_festivals_not_its_opening_shows(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾区第三届职工文化节开幕\n\n"
        "本报讯 5月1日晚，由桐湾区总工会主办的桐湾区第三届职工文化节在区体育广场开幕，"
        "一千余名职工群众观看了开幕式文艺演出。\n\n"
        "本届文化节从5月持续至9月，将陆续推出职工歌手大赛等活动。\n\n"
        "桐湾工人报 2021年05月04日 星期二\n",
    )
    assert _row(rows, "桐湾区第三届职工文化节")[1] == "2021-09"
    assert _row(rows, "开幕式文艺演出") == ("2021-05-01", None)
