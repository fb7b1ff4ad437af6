"""Activities' counts and venues, session 29 (issue 11). One behaviour each, on
sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Unit


def counts(*paragraphs: str) -> list[tuple[int, Unit] | None]:
    return [
        (a.participants.count, a.participants.unit) if a.participants else None
        for a in find_activities(list(paragraphs))
    ]


def places(*paragraphs: str) -> list[str | None]:
    return [a.place for a in find_activities(list(paragraphs))]


def test_a_count_of_people_printed_in_the_name_is_no_participant_count():
    # 万名职工…体检活动: ten thousand is the programme's title, not those who came
    assert counts("6月3日，青禾区总工会启动万名职工免费健康体检活动。") == [None]
    assert counts("4月12日，柳湾新区春季职工万人健步走活动正式启动。") == [None]


def test_a_count_after_a_name_that_prints_one_is_still_the_count():
    # the people the sentence counts after the name took part
    out = counts(
        "4月12日，柳湾新区春季职工万人健步走活动正式启动。全区1300多名职工参加了此次活动。"
    )
    assert out == [(1300, Unit.people)]
    out = counts(
        "6月3日，青禾区总工会启动万名职工免费健康体检活动，当天为溪口纺织厂186名职工体检。"
    )
    assert out == [(186, Unit.people)]


def test_a_count_before_the_name_stays_the_count():
    # the near miss: a count outside the name is the participants'
    out = counts("5月9日，青禾区总工会组织300名职工开展健步走活动。")
    assert out == [(300, Unit.people)]


def test_a_station_of_civilisation_practice_is_a_venue():
    out = places("3月2日，青禾区总工会在溪口街道新时代文明实践站举办职工读书分享会。")
    assert out == ["溪口街道新时代文明实践站"]
    out = places("9月14日，柳湾镇总工会在柳湾镇新时代文明实践所举办中秋职工联欢会。")
    assert out == ["柳湾镇新时代文明实践所"]


def test_those_a_deed_is_done_for_keep_their_count():
    # 为…名职工送清凉: the workers it served are counted, whatever the name is read as
    out = counts("今年7月，溪口区总工会分组到各镇街企业为4000多名一线职工送清凉。")
    assert out == [(4000, Unit.people)]


def test_a_practice_station_opening_its_clause_is_where_the_event_was_held():
    # 实践所里举行: the recogniser reads the station's 所 as a particle; it is the noun's
    out = places("近日，一场职工读书讲座在城东新时代文明实践所里举行。")
    assert out == ["城东新时代文明实践所"]
