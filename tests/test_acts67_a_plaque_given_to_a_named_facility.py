"""A plaque given to a named facility (县总工会为某公司等5家企业的“职工书屋”授牌, 区总工会为
首批十二家“货运司机之家”授牌) is an event of its own, named by the facility and the award;
a ceremony named in the sentence (举行授牌仪式) is the event instead, and the act of an
opening (主席为驿站揭牌) stays unread. Real pages of s51 acts67 (book rooms and studios
given their plaques) and the tuning gold of real_dev2, real_dev15 and real_dev16.
Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_plaque_given_to_the_book_rooms_of_listed_firms_is_one_award():
    out = find_activities(["会上，县总工会为青禾饮品有限公司等6家企业的“职工书屋”授牌。"])
    assert [(a.category, a.name) for a in out] == [(Category.other, "“职工书屋”授牌")]


def test_a_plaque_given_to_a_counted_batch_of_homes_is_one_award():
    out = find_activities(["上周，南岭区总工会为首批八家“货车司机之家”授牌。"])
    assert [a.name for a in out] == ["“货车司机之家”授牌"]


def test_a_plaque_given_by_a_visitor_is_read_beside_the_visit():
    out = find_activities(["柏思远在此为支队“职工之家”颁牌，并看望了一线队员。"])
    assert "“职工之家”颁牌" in [a.name for a in out]


def test_a_ceremony_named_in_the_sentence_is_the_only_event():
    out = find_activities(["会上举行授牌仪式，主席为十家“职工书屋”授牌。"])
    assert [a.name for a in out] == ["授牌仪式"]


def test_the_act_of_unveiling_a_station_is_still_no_event():
    assert find_activities(["区总工会主席为驿站揭牌。"]) == []
