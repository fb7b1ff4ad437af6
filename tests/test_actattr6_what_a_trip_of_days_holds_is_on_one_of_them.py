"""Whatever a news item reports with no date but the span of days it opens with (a desk
set up, a service given during a two-day trip) is held on one of those days, which the
text does not say: the month, as a visit, a talk or a lecture during the trip is
(issue 13, s47; real_dev6's gold; real pages of county and prefecture unions' trips of
two or three days read that day). Pages written for these tests (invented unions, places
and people)."""

from __future__ import annotations

from tests.built import built_activities

_TRIP = (
    "南河州总工会到柳河县开展送法活动\n\n"
    "本报讯 3月19日至20日，南河州总工会副主席林青一行到柳河县调研新就业形态劳动者入会工作。\n\n"
    "{middle}\n\n"
    "南河工人报 2024年3月22日 星期五\n"
)


def _dates(tmp_path, middle: str) -> list[tuple[str, str | None, str | None]]:
    pages_dir = tmp_path / "pages"
    pages_dir.mkdir()
    rows = built_activities(pages_dir, tmp_path, _TRIP.format(middle=middle))
    return [(r["category"], r["start_date"], r["end_date"]) for r in rows]


def test_a_desk_set_up_during_a_trip_of_two_days_is_dated_by_its_month(tmp_path):
    found = _dates(tmp_path, "工作组还在青禾镇设立法律咨询台，为快递员解答劳动合同方面的问题。")
    assert ("other", "2024-03", None) in found


def test_the_trip_itself_keeps_its_days(tmp_path):
    found = _dates(tmp_path, "工作组还在青禾镇设立法律咨询台，为快递员解答劳动合同方面的问题。")
    assert ("visit", "2024-03-19", "2024-03-20") in found
