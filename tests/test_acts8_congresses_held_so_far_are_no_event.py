"""Activities of gazetteers and yearbooks (issue 11, session 31): a congress's word
that names all the congresses held so far (历届代表大会 over a gazetteer's table of them,
共召开了八次…代表大会 in its summary) is no event of its own; each congress the text
dates is. Shapes read on real gazetteer pages; sentences written for these tests
(invented places and years)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def names(*paragraphs: str) -> list[str | None]:
    return [a.name for a in find_activities(list(paragraphs))]


def test_a_heading_over_the_congresses_held_so_far_is_no_activity():
    assert names("三、历届代表大会") == []


def test_a_count_of_congresses_held_is_no_activity():
    assert names("1954年3月至1988年10月，召开过6次全县职工代表大会。") == []


def test_the_first_congress_before_a_count_of_those_held_stays_one():
    assert names(
        "1956年县总工会召开首届会员代表大会后，至1987年共召开了七次工会会员代表大会。"
    ) == ["首届会员代表大会"]


def test_a_congress_held_by_its_ordinal_stays_an_activity():
    assert names("1979年10月，召开县第五次工会会员代表大会，代表188人。") == [
        "县第五次工会会员代表大会"
    ]
