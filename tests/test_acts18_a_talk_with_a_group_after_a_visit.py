"""Activities, s34 (issue 11): a talk told with 并同, with 分别, or after a comma with a
group of several (…实地查看…，与企业负责人、工会干部、职工代表进行座谈交流) is a meeting, as
a talk told with 并与 is; after a comma in the sentence of a delegation's visit (某某一行
到…调研，与…座谈) or with one group only it is how the visit went, one visit; 与会 (those
attending) and 同时 (at the same time) name no talk. Sentences written for these tests
(invented unions, places and people)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category
from tests.built import built_activities


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "5月9日，调研组来到青禾机械公司，实地查看车间生产情况，"
            "与企业负责人、工会干部、职工代表进行座谈交流。",
            "与企业负责人、工会干部、职工代表进行座谈交流",
        ),
        (
            "工作组先后走访柳河电器公司等企业，分别与经营管理人员、工会干部和职工代表座谈交流。",
            "分别与经营管理人员、工会干部和职工代表座谈交流",
        ),
        (
            "调研组走进南河街道的户外劳动者驿站，与快递小哥、网约车司机座谈。",
            "与快递小哥、网约车司机座谈",
        ),
        (
            "考察团参观了青禾纺织厂的职工之家，并同南河省总工会副主席周立等同志进行了座谈。",
            "同南河省总工会副主席周立等同志进行了座谈",
        ),
    ],
)
def test_a_talk_with_a_group_after_a_visit_is_a_meeting(paragraph, name):
    talks = [a for a in find_activities([paragraph]) if a.category is Category.meeting]
    assert [a.name for a in talks] == [name]


@pytest.mark.parametrize(
    "paragraph",
    [
        "柳河区总工会召开职工代表座谈会，与会职工代表座谈时踊跃发言。",
        "市总工会副主席林青一行到青禾机械公司走访调研，同时慰问了一线职工。",
    ],
)
def test_those_attending_or_at_the_same_time_name_no_talk(paragraph):
    names = [a.name for a in find_activities([paragraph])]
    assert not any(n.startswith(("与会", "同时")) for n in names)


@pytest.mark.parametrize(
    "paragraph",
    [
        "11月初，区总工会主席林青一行到南河、青禾等地调研驿站运行情况，"
        "与快递员、外卖骑手座谈，听取意见建议。",
        "调研组来到青禾机械公司，实地查看车间生产情况，与职工代表座谈。",
    ],
)
def test_a_talk_after_a_comma_in_a_delegations_visit_or_with_one_group_stays_the_visit(
    paragraph,
):
    found = find_activities([paragraph])
    assert [a.category for a in found] == [Category.visit]


def test_a_talk_during_a_trip_is_dated_by_the_trips_month(tmp_path):
    """A talk told after a visit, dated only by the trip of days the item opens with
    (9月2日至12日), is held on one of them: the month, as a visit during it is."""
    pages_dir = tmp_path / "pages"
    pages_dir.mkdir()
    rows = built_activities(
        pages_dir,
        tmp_path,
        "南河省工会考察团赴柳河考察归来\n\n"
        "本报讯 南河省工会考察团一行十人，于9月2日至12日赴柳河省考察企业工会工作。\n\n"
        "在柳河期间，考察团参观了青禾纺织厂的职工之家，"
        "并与柳河省总工会副主席周立等同志座谈。\n\n"
        "南河工人报 2019年9月20日 星期五\n",
    )
    talks = [r for r in rows if r["category"] == "meeting"]
    assert [(r["start_date"], r["end_date"]) for r in talks] == [("2019-09", None)]
