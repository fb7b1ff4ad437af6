"""A screening a union holds for its workers, told by the verb and the film's title
(组织职工在某影剧院观看电影《某某》) or as 观影活动, is an activity of kind other: the
film's title names it, the venue before the verb is its place, and who watched is no
part of the name. Sentences written for these tests (invented units and films), in the
shapes of county unions' film months, branch unions' lunchtime films and town unions'
screenings read on real pages."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category
from tests.conftest import place_of_mention

_TOLD = "4月18日晚，丰水区总工会组织一线职工150余人在区影剧院观看电影《大地之光》。"


def _found(text: str) -> list[tuple[str | None, Category]]:
    return [(d.name, d.category) for d in find_activities([text])]


def test_a_film_watched_by_its_title_is_a_screening():
    assert _found(_TOLD) == [("观看电影《大地之光》", Category.other)]


def test_the_venue_before_the_verb_is_the_screenings_place():
    assert place_of_mention(_TOLD, "观看电影《大地之光》") == "区影剧院"


def test_a_film_watching_activity_is_an_event():
    text = "11月5日，县总工会联合县影城开展职工免费观影活动，发放电影票2000余张。"
    assert _found(text) == [("职工免费观影活动", Category.other)]


def test_a_film_festival_keeps_its_own_name():
    text = "5月1日，市总工会举办第三届职工电影节，展映影片12部。"
    assert _found(text) == [("第三届职工电影节", Category.other)]


def test_tickets_handed_out_are_no_screening():
    assert _found("区总工会向一线职工发放电影票500张。") == []
