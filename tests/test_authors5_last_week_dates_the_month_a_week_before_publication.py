"""``上周，…``: a weekly digest's item or a news item opening with last week dates what
it reports by the month of the day a week before publication (real_dev2's digest of
21 November 2022 dates 上周…授牌 2022-11), as 近日 dates it by the month of
publication; early in a month that is the month before. Invented pages (session 42, authors5)."""

from __future__ import annotations

from tests.built import built_activities

BODY = "临江市总工会举办职工篮球赛\n\n本报讯 上周，临江市总工会举办职工篮球赛，16支队伍参赛。\n"


def _dates(pages_dir, tmp_path, head: str) -> list[tuple[str, str | None, str]]:
    rows = built_activities(pages_dir, tmp_path, head + BODY)
    return [(r["name"], r["start_date"], r["status"]) for r in rows]


def test_last_week_in_mid_month_is_the_month_of_publication(pages_dir, tmp_path) -> None:
    head = "2024-11-21 09:30:12 来源：临江工人报\n\n"
    assert _dates(pages_dir, tmp_path, head) == [("职工篮球赛", "2024-11", "held")]


def test_last_week_early_in_a_month_is_the_month_before(pages_dir, tmp_path) -> None:
    head = "2024-11-03 09:30:12 来源：临江工人报\n\n"
    assert _dates(pages_dir, tmp_path, head) == [("职工篮球赛", "2024-10", "held")]


def test_a_recent_word_still_dates_by_the_month_of_publication(pages_dir, tmp_path) -> None:
    head = "2024-11-03 09:30:12 来源：临江工人报\n\n"
    rows = built_activities(pages_dir, tmp_path, head + BODY.replace("上周，", "近日，"))
    assert [r["start_date"] for r in rows] == ["2024-11"]
