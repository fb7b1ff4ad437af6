"""Participants of activities (s39 acts39): a count written after the noun it counts,
closed by a bare 个 (参赛班组28个, 参赛企业30个), is counted in the unit ``units`` gives 个
with that noun (个班组: teams, 个企业: bodies); only 支 and 名 were read after their noun
(参赛队伍12支, 参训人员120名). Real pages of s39 (contest reports listing their teams so,
a prefecture's labour contest between crews). Near miss: stations counted so (新建驿站46个)
are no participants.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Unit


def _counts(text: str) -> list[tuple[int, Unit] | None]:
    return [
        (a.participants.count, a.participants.unit) if a.participants else None
        for a in find_activities([text])
    ]


def test_crews_counted_after_their_noun():
    text = "9月26日，黔南州第三届班组劳动竞赛决赛在州体育馆举行，参赛班组28个。"
    assert _counts(text) == [(28, Unit.teams)]


def test_companies_counted_after_their_noun():
    text = "9月26日，黔南州第三届班组劳动竞赛在州体育馆举行，参赛企业30个、职工300名。"
    assert _counts(text) == [(30, Unit.organisations)]


def test_teams_with_their_own_measure_still_counted():
    text = "9月26日，黔南州第三届职工篮球赛在州体育馆举行，参赛队伍12支。"
    assert _counts(text) == [(12, Unit.teams)]


def test_stations_counted_after_their_noun_are_no_participants():
    assert _counts("今年，区总工会新建驿站46个，开展送清凉活动。") == [None]
