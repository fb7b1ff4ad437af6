"""A campaign launched in a sentence whose later clauses tell its work: rounds counted
(举办法律讲座46场) are a part of the campaign; those served counted by 人次 (受理法律咨询
2300余人次) are its tally, no activity of their own. The tuning gold of real_dev31 (s59
act31). Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category

_TEXT = (
    "4—6月，市总工会开展“安薪护航”农民工法律服务行动，举办法律讲座32场，"
    "受理法律咨询1600余人次，帮助农民工追回欠薪212万元。"
)


def test_lectures_counted_after_a_campaign_are_its_parts():
    found = find_activities([_TEXT])
    lectures = [d for d in found if d.category == Category.lecture]
    assert [d.parent for d in lectures] == [0]


def test_consultations_counted_by_visits_are_the_campaigns_tally():
    found = find_activities([_TEXT])
    assert [d.category for d in found] == [Category.campaign, Category.lecture]
    assert found[0].participants is not None and found[0].participants.count == 1600


def test_lectures_counted_with_no_campaign_have_no_parent():
    found = find_activities(["全年共举办法律讲座32场，受理法律咨询1600余人次。"])
    assert found and all(d.parent is None for d in found)


def test_trainees_counted_under_a_planned_campaign_stay_the_courses():
    text = (
        "3月11日，市总工会召开职工技能提升“百日行动”启动会。"
        "百日行动期间将开设技能培训班40期，培训一线职工2000人次。"
    )
    found = find_activities([text])
    courses = [d for d in found if d.category == Category.training]
    assert courses and courses[0].participants is not None
