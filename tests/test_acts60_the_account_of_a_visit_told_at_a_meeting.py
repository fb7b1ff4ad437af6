"""Activities (s48 acts60): a visit's verb before 情况 or 成果 (在…座谈会上介绍考察情况,
汇报调研成果) tells the account of a visit, no visit of its own: read as one, it had run
over the meeting before it and the meeting was lost (the tuning gold of real_dev7: a
delegation's report planned at a provincial meeting). A visit told with its object is
read as before. Real pages of s48 (provincial unions' study tours, county unions'
research reports). Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _names(text: str) -> list[str | None]:
    return [a.name for a in find_activities([text])]


def test_the_meeting_the_account_is_given_at_is_kept():
    text = "考察团回省后将在十月召开的全省企业工会工作座谈会上介绍考察情况。"
    assert _names(text) == ["全省企业工会工作座谈会"]


def test_results_of_research_reported_are_no_visit():
    text = "会上，青禾区总工会汇报了调研成果。"
    assert not any(a.category == "visit" for a in find_activities([text]))


def test_a_visit_told_with_its_object_is_read_as_before():
    text = "9月3日，青禾市总工会一行到柳岸区考察职工服务中心建设情况。"
    assert [a.category for a in find_activities([text])] == ["visit"]
