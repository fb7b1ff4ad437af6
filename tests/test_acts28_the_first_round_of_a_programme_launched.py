"""The first round of a programme launched before it, and a visit made to serve, session
37 (acts28). 启动“职工健康体检季”。 …走进某公司，为80余名职工开展首场体检: the check-up
is part of the season, and the union went there to serve, volunteering (it was read a
plain visit, part of nothing; real_dev11's gold). 启动“…”职工培训计划。 …参加了首场电工
培训: part of the plan (real_dev8's gold). Shapes read on real pages (a city union's
summer-cooling season opening at a metro site, a province's first group of rest trips, a
county's free check-ups brought to a logistics park); sentences written for these tests
(invented bodies). A campaign told by its first stop, an event with no first round, and
a visit handing out goods keep what they had."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _rows(paragraphs: list[str]) -> list[tuple[Category, str | None]]:
    found = find_activities(paragraphs)
    return [(d.category, None if d.parent is None else found[d.parent].name) for d in found]


SEASON = "近日，临溪区总工会启动“职工健康体检季”，今年将为全区2000名一线职工免费体检。"
PLAN = "12月2日，江宁市总工会在市职工服务中心启动“技能冬训”职工培训计划。"


def test_a_first_check_up_brought_to_a_company_is_part_of_the_season() -> None:
    rows = _rows(
        [SEASON, "3月6日，区总工会组织医务人员走进临溪纺织有限公司，为90名职工开展首场体检。"]
    )
    assert rows[-1] == (Category.volunteering, "“职工健康体检季”")


def test_a_first_course_is_part_of_the_plan_launched() -> None:
    rows = _rows([PLAN, "当天，40余名家政行业职工参加了首场育婴员培训。"])
    assert rows[-1] == (Category.training, "“技能冬训”职工培训计划")


def test_a_first_talk_is_part_of_the_campaign_told_by_its_first_stop() -> None:
    rows = _rows(
        [
            "7月3日，江宁市总工会“夏送清凉”活动首站走进地铁5号线工地，为150名建设者送去西瓜。",
            "7月5日，市总工会在市职工服务中心举办了首场防暑知识讲座。",
        ]
    )
    assert rows == [(Category.campaign, None), (Category.lecture, "江宁市总工会“夏送清凉”活动")]


def test_an_event_with_no_first_round_is_part_of_nothing() -> None:
    rows = _rows([PLAN, "当天，市总工会还举办了职工技能展示活动。"])
    assert all(parent is None for _, parent in rows)


def test_a_visit_handing_out_goods_stays_a_visit() -> None:
    rows = _rows(["3月6日，区总工会走进临溪物流园，为60名货车司机送去慰问品。"])
    assert rows == [(Category.visit, None)]


def test_a_visit_giving_a_service_is_volunteering() -> None:
    rows = _rows(["3月6日，区总工会走进临溪物流园，为60名货车司机提供免费义诊。"])
    assert rows == [(Category.volunteering, None)]


def test_a_visit_giving_a_free_check_up_is_volunteering() -> None:
    rows = _rows(["3月6日，区总工会走进临溪快递园，为80名快递员、外卖骑手免费体检。"])
    assert rows == [(Category.volunteering, None)]
