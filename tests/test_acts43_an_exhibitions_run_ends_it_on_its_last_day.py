"""Activities (s40 acts43): an exhibition opened on a day and running for a number of days
(于本月8日…开幕，展期十天) ends on its last day, the run counted in calendar days whatever its
length (real_dev11's gold: 8 to 17 September); a course's length longer than three days
still gives no last day (it may skip a weekend). 会期 (a meeting's length) is a duration
word. Pages written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.attributes import duration
from tests.built import built_activities


def test_a_run_and_a_meetings_length_are_durations():
    assert duration("书画展于8日开幕，展期十天。") == (10.0, "展期十天")
    assert duration("大会会期两天。") == (2.0, "会期两天")


def test_an_exhibitions_run_ends_it_and_a_courses_length_does_not(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    rows = built_activities(
        pages,
        tmp_path,
        "省职工摄影展开幕\n\n发布时间：2019-09-20 08:00\n\n"
        "本报讯（记者 温嘉树）宁川省第五届职工摄影作品展览，于9月8日在省工人文化宫开幕，展期十天。\n\n"
        "9月10日，省总工会举办工会财务干部培训班，为期五天。\n",
    )
    shows = [r for r in rows if "展览" in (r["name"] or "")]
    courses = [r for r in rows if "培训班" in (r["name"] or "")]
    assert shows and (shows[0]["start_date"], shows[0]["end_date"]) == ("2019-09-08", "2019-09-17")
    assert courses and (courses[0]["start_date"], courses[0]["end_date"]) == ("2019-09-10", None)
