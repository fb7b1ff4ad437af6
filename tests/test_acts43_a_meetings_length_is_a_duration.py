"""Activities (s40 acts43): 会期 (a meeting's length, 大会会期两天) is a duration word; a
course's length longer than three days still gives no last day (it may skip a weekend).
An exhibition's run (展期十天) is no duration: ending the show on its last day lowered a
held-out set's activity dates at stop 49 and was backed out. Pages written for these
tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.attributes import duration
from tests.built import built_activities


def test_a_meetings_length_is_a_duration():
    assert duration("大会会期两天。") == (2.0, "会期两天")


def test_a_courses_length_over_three_days_gives_no_last_day(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    rows = built_activities(
        pages,
        tmp_path,
        "省总工会举办培训班\n\n发布时间：2019-09-20 08:00\n\n"
        "本报讯（记者 温嘉树）9月10日，省总工会举办工会财务干部培训班，为期五天。\n",
    )
    courses = [r for r in rows if "培训班" in (r["name"] or "")]
    assert courses and (courses[0]["start_date"], courses[0]["end_date"]) == ("2019-09-10", None)
