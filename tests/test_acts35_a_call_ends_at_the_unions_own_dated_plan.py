"""Activities (s38 acts35): a call on all unions (会议要求各级工会…) ends where a clause
opens with a time and asks nothing (…，10月起将组织宣讲团…开展巡回宣讲): that is the
speaking union's own dated plan, a planned lecture tour. A dated clause that still asks
(…，今年要组织…) stays the call's. The plan is organised by the union whose work the
passage reports, as an unnamed organiser is elsewhere (real_dev6's gold). Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_the_unions_own_tour_after_the_call():
    [tour] = find_activities(
        ["会议要求各级工会迅速掀起学习热潮，10月起将组织宣讲团深入乡镇开展巡回宣讲。"]
    )
    assert (tour.category, tour.status) == (Category.lecture, Status.planned)


def test_a_dated_clause_that_asks_is_still_the_call():
    assert (
        find_activities(["会议要求各级工会迅速掀起学习热潮，今年要组织宣讲团开展巡回宣讲。"]) == []
    )


def test_the_tour_is_organised_by_the_union_whose_head_spoke(pages_dir, tmp_path):
    from tests.built import built_activities, built_organisation_names

    page = (
        "青禾市总工会表彰“最美职工”\n\n"
        "9月20日，青禾市总工会举行“最美职工”发布仪式。市总工会主席孙立要求全市各级工会"
        "广泛宣传先进事迹，10月起将组织宣讲团走进企业开展巡回宣讲。\n"
    )
    rows = built_activities(pages_dir, tmp_path, page)
    orgs = built_organisation_names(tmp_path)
    [tour] = [r for r in rows if r["category"] == "lecture"]
    assert tour["status"] == "planned"
    organiser = orgs.get(tour["organiser_id"] or "")
    assert organiser is not None and organiser.endswith("市总工会")
