"""Real union-news pages (s23) name two events one after the other with a 、 (同时举办某
区综合招聘会、某某就业论坛及签约仪式; a headline's 春季招聘会、用工对接洽谈会闭幕):
each is an event of its own, as two joined by 和 or 及 are; a 、 between the sports of one
match (篮球、乒乓球比赛), after a verb-like trigger (走访慰问、帮扶活动) or in a list closed
by 等 stays inside one name. A 知识竞答 is a quiz contest as a 知识竞赛 is, a competition
even when 活动 closes its name. Sentences written for these tests (invented names)."""

from __future__ import annotations

from gonghui_build.extract.activities.enumeration import enumeration_cut
from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _names(text: str) -> list[str]:
    return [d.name for d in find_activities([text])]


def test_two_events_joined_by_an_enumeration_comma_are_two_activities():
    names = _names(
        "3月5日上午，青山市总工会在市职工服务中心启动就业服务月活动，"
        "同时举办青山区域职工综合招聘会、青山工会稳就业论坛及校企合作签约仪式。"
    )
    assert "青山区域职工综合招聘会" in names
    assert "青山工会稳就业论坛" in names
    assert not any("、" in name for name in names)


def test_a_course_and_a_lecture_after_one_verb_are_two_activities():
    names = _names("4月2日，红河县总工会举办职工法律知识培训班、劳模事迹报告会。")
    assert names == ["职工法律知识培训班", "劳模事迹报告会"]


def test_the_sports_of_one_match_stay_one_name():
    assert _names("5月8日，红河县总工会举办职工篮球、乒乓球比赛。") == ["职工篮球、乒乓球比赛"]


def test_a_verb_like_trigger_before_the_comma_stays_in_the_name():
    found = find_activities(["春节前，红河县总工会开展走访慰问、帮扶救助活动。"])
    assert not any(d.name == "帮扶救助活动" for d in found)


def test_a_list_closed_by_deng_keeps_its_series_name():
    names = _names("3月8日，红河县总工会举办了健康讲座、插花比赛、手工课等“三八”系列活动。")
    assert "“三八”系列活动" in names


def test_a_quiz_contest_named_with_its_activity_head_is_a_competition():
    found = find_activities(["活动中，青山区总工会举办了安全生产知识竞答活动。"])
    assert [(d.name, d.category) for d in found] == [("安全生产知识竞答活动", Category.competition)]


def test_a_bare_quiz_contest_is_found_with_its_teams():
    found = find_activities(["5月3日，青山区总工会举办“安全在我心”知识竞答，8支代表队参加。"])
    assert [d.category for d in found] == [Category.competition]
    assert found[0].participants is not None and found[0].participants.count == 8


def test_answering_questions_in_a_campaign_is_no_quiz_contest():
    found = find_activities(["青山区总工会开展“安全月”宣传活动，职工现场答题领取宣传册。"])
    assert all(d.category != Category.competition for d in found)


def test_the_stages_of_one_contest_are_no_enumerated_events():
    # the words before the last stage's trigger (…分初赛、复赛、|决赛): no cut at a stage
    assert enumeration_cut("分初赛、复赛、", [], 0) == 0
    assert enumeration_cut("职工运动会、", [], 0) == len("职工运动会、")
