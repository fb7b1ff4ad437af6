"""``国庆前夕``, ``国庆期间``: union news names the National Day as 国庆 as often as
国庆节; shortly before it is September (as 国庆节前夕 was read, real_dev6's and
real_dev7's gold), the days around it October. 国庆 is a given name too (张国庆), so
alone before a comma it dates nothing. Invented pages (session 42, authors5)."""

from __future__ import annotations

from tests.built import built_activities

STAMP = "2024-10-08 09:12:30 来源：临江工人报\n\n"


def _dates(pages_dir, tmp_path, body: str) -> list[tuple[str, str | None]]:
    page = STAMP + "临江市总工会走访慰问一线职工\n\n本报讯 " + body + "\n"
    return [(r["name"], r["start_date"]) for r in built_activities(pages_dir, tmp_path, page)]


def test_the_eve_of_national_day_is_september(pages_dir, tmp_path) -> None:
    body = "国庆前夕，临江市总工会组织开展走访慰问活动，为坚守岗位的一线职工送去节日慰问品。"
    assert _dates(pages_dir, tmp_path, body) == [("走访慰问活动", "2024-09")]


def test_the_days_around_national_day_are_october(pages_dir, tmp_path) -> None:
    body = "国庆期间，临江市总工会组织开展走访慰问活动，为坚守岗位的一线职工送去节日慰问品。"
    assert _dates(pages_dir, tmp_path, body) == [("走访慰问活动", "2024-10")]


def test_a_worker_named_guoqing_dates_nothing(pages_dir, tmp_path) -> None:
    body = "2024年，临江市总工会组织开展走访慰问活动，一线职工张国庆，收到了节日慰问品。"
    assert _dates(pages_dir, tmp_path, body) == [("走访慰问活动", "2024")]
