"""A year alone followed by the work of that year (汇报了2019年工作情况和2020年工作打算,
总结2024年度工作) is what a meeting heard about or planned for, not when it was held: a
meeting told after a visit of January (在随后召开的座谈会上) keeps the visit's month (the
gold of real_dev). A year that opens the sentence (2019年，…举办…) still dates what it
tells. Shape read on real pages (a regional union's visit and the talks after it, a city
union's year-end meeting); invented sentences (issue 13, s48)."""

from __future__ import annotations

from tests.conftest import activity_starts


def test_a_meeting_after_a_visit_is_not_dated_by_the_year_it_heard_about():
    got = activity_starts(
        "1月14日至15日，禾州总工会副主席一行到青川县调研工会工作。在随后召开的座谈会上，"
        "县总工会负责同志汇报了2019年工作情况和2020年工作打算。",
        "2020-01-16",
    )
    assert got[-1] == "2020-01"


def test_a_year_reviewed_is_no_date_of_the_meeting_that_reviews_it():
    got = activity_starts("1月8日，青川县总工会召开全委会议，总结2024年度工作。", "2025-01-10")
    assert got == ["2025-01-08"]


def test_a_year_opening_the_sentence_dates_it():
    assert activity_starts("2019年，青川县总工会举办职工技能大赛。", "2020-01-16") == ["2019"]
