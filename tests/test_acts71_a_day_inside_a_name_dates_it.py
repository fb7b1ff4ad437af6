"""A full day printed inside the words read as an activity's name (经市总工会党组2022年8月5日
会议研究决定) is the day the activity was held: a name carries its year (2018年…培训班),
never the day it sits on. Shape read on the tuning set real_dev19 (a city union's notice of
appointments decided at a Party group's dated meeting); invented sentences (s53, acts71)."""

from __future__ import annotations

from tests.conftest import activity_starts


def test_a_meeting_dated_inside_its_words_is_of_that_day():
    got = activity_starts("经县总工会党组2021年3月9日会议研究决定：", "2021-03-15")
    assert got == ["2021-03-09"]


def test_a_year_inside_a_name_is_still_no_date():
    got = activity_starts("区总工会将举办2026年职工技能大赛。", "2025-03-10")
    assert got == ["2026"]
