"""Places, act25: a union or its committee going to a site itself (某总工会女职工委员会到
某项目工地，为…开展健康义诊) holds what the next clause reports there; 到 ending another
verb (体会到) goes nowhere. Sentences written for these tests (invented unions, sites)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _places(text: str) -> list[str | None]:
    return [a.place for a in find_activities([text])]


def test_a_committee_gone_to_a_site_holds_the_clinic_there() -> None:
    text = "3月5日，青溪市总工会女职工委员会到南岭铁路项目工地，为120余名女工开展健康义诊。"
    assert _places(text) == ["南岭铁路项目工地"]


def test_a_union_gone_to_a_site_holds_the_clinic_there() -> None:
    text = "3月5日，青溪市总工会到南岭铁路项目工地，为120余名女工开展健康义诊。"
    assert _places(text) == ["南岭铁路项目工地"]


def test_a_to_of_another_verb_gives_no_place() -> None:
    text = "职工们体会到了工会的温暖，青溪市总工会举办了座谈会。"
    assert _places(text) == [None]
