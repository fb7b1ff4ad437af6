"""A plaque given to a named facility is an event of its own only where the sentence
tells it given: a giver as the subject of the award (a union, a person named alone, or,
after 并, the union heading a clause before) and a day or a place of its own (上周, 在此,
会上). A plaque named in a running total or at a ceremony the paragraph names is none.
The tuning gold of real_dev2, real_dev15 and real_dev16 (s52 acts68). Sentences written
for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _names(text: str) -> list[str | None]:
    return [a.name for a in find_activities([text])]


def test_a_union_giving_plaques_last_week_is_an_award():
    out = find_activities(["上周，南岭区总工会为首批八家“货车司机之家”授牌。"])
    assert [(a.category, a.name) for a in out] == [(Category.other, "“货车司机之家”授牌")]


def test_a_person_giving_a_plaque_here_is_an_award():
    assert "“职工之家”授牌" in _names("柏思远在此为中队“职工之家”授牌，并看望了一线队员。")


def test_a_union_heading_the_clause_before_gives_the_plaque_at_a_meeting():
    text = "会上，县总工会与县人社局签订了合作协议，并为青禾饮品公司等6家企业的“职工书屋”授牌。"
    assert "“职工书屋”授牌" in _names(text)


def test_a_running_total_of_plaques_is_no_award():
    assert _names("目前，市总工会已为三十家“职工书屋”授牌。") == []


def test_a_plaque_without_a_day_or_place_of_its_own_is_no_award():
    assert _names("县总工会为十家“职工之家”授牌。") == []


def test_a_plaque_given_at_the_ceremony_told_before_is_no_second_event():
    text = "5月8日，区总工会举行授牌仪式。当天，主席柏思远为十家“职工书屋”授牌。"
    assert "“职工书屋”授牌" not in _names(text)
