"""The works of a county listed as where a contest ran (s40 acts42): a gazetteer's 县工会在
县砖瓦厂、县粮食加工厂开展“红旗竞赛” places the contest at both works, as the tuning gold of
real_dev4 does; the recogniser reads 县|粮食|加工厂 as plain nouns, so a works or a mine
a county's or a city's level word opens (division_works) is now a venue, and a list of
venues such a word opens names places of their own, not kinds of place. Near misses: a
list of kinds of place (企业车间、建筑工地) names none; 工厂 alone and 全矿 are no place;
an unnamed works after a named district (东坝区一家地毯厂) is placed at the district, as
before (test_activity_real_pages). Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _places(text: str) -> list[str | None]:
    return [a.place for a in find_activities([text])]


def test_two_county_works_listed_are_the_place():
    text = "1957年，县工会联合会在县砖瓦厂、县粮食加工厂开展“红旗竞赛”，参赛职工三百余人。"
    assert _places(text) == ["县砖瓦厂、县粮食加工厂"]


def test_one_county_works_the_recogniser_reads_as_nouns_is_the_place():
    text = "1957年，县工会联合会在县粮食加工厂开展“红旗竞赛”。"
    assert _places(text) == ["县粮食加工厂"]


def test_a_county_mine_is_the_place_of_a_meeting():
    text = "5月，县工会在县钨矿召开安全生产现场会。"
    assert _places(text) == ["县钨矿"]


def test_kinds_of_place_listed_name_no_place():
    text = "宣讲团深入企业车间、建筑工地宣讲党的二十大精神。"
    assert _places(text) == [None]


def test_works_alone_and_the_whole_mine_are_no_place():
    assert _places("公司工会在工厂开展“安全月”竞赛。") == [None]
    assert _places("矿工会在全矿开展“安全生产百日无事故”竞赛。") == [None]


def test_an_unnamed_works_after_a_district_is_placed_at_the_district():
    text = "慰问组还走访了西河区一家毛纺厂，看望慰问了三十名一线职工。"
    assert _places(text) == ["西河区"]
