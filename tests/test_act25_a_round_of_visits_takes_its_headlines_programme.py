"""Activities, act25: the first activity of a report, an unnamed visit in its lead, is the
programme its headline names under a quoted title no activity of the body names: it takes
the name and kind (a campaign, no one place; a programme of visits by its title stays a
visit); under a headline naming no programme it stays an unnamed visit. Pages written for
these tests (invented unions, people and sites)."""

from __future__ import annotations

from gonghui_build.vocabulary import Category
from tests.conftest import page_facts

_ROW = "发布时间：2022-07-28 09:40 来源：区总工会\n"
_LEAD = (
    "连日来，青溪区总工会主席柯某带领机关干部走访南岭煤业有限公司、南岭镇环卫所等12家单位，"
    "为高温下作业的700余名职工送去防暑降温用品。\n"
)


def _first(headline: str) -> tuple[str | None, Category, str | None]:
    activity = page_facts(headline + "\n" + _ROW + _LEAD).articles[0].activities[0]
    return activity.name, activity.category, activity.place


def test_a_round_under_a_campaigns_title_is_the_campaign() -> None:
    assert _first("青溪区总工会深入企业开展“夏送清凉”活动") == (
        "“夏送清凉”活动",
        Category.campaign,
        None,
    )


def test_a_round_under_a_programme_of_visits_stays_a_visit() -> None:
    name, kind, _ = _first("青溪区总工会开展“夏送清凉”走访慰问活动")
    assert (name, kind) == ("“夏送清凉”走访慰问活动", Category.visit)


def test_a_round_under_a_plain_headline_stays_unnamed() -> None:
    name, kind, _ = _first("青溪区总工会看望高温下的一线职工")
    assert (name, kind) == (None, Category.visit)


def test_a_headline_going_on_to_a_site_names_a_visit_at_it() -> None:
    lead = "6月9日，青溪区总工会主席柯某一行到青溪轴承有限公司，为一线职工四百余人送去防暑用品。\n"
    page = "青溪区总工会“夏送清凉”走进轴承企业\n发布时间：2023-06-10\n" + lead
    activity = page_facts(page).articles[0].activities[0]
    assert (activity.category, activity.place) == (Category.visit, "青溪轴承有限公司")
