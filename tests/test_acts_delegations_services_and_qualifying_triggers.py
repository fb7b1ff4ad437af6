"""Activities of real pages, fourth pass (issue 11): a delegation going to a site and
visiting in the next clause; a place before the works at a site; a service offered
within an event; a trigger qualifying a document, a wave or the measure of some work;
a course referred back to by 这期; an organisation cited in a quoted title or as the
body whose anniversary is celebrated. One behaviour each, on sentences written for
these tests (invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.organisers import first_body
from gonghui_build.vocabulary import Category
from tests.built import built_activities, built_organisation_names


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


# --- visits ---------------------------------------------------------------------------


def test_a_delegation_going_to_a_site_visits_in_the_next_clause():
    out = found(
        "7月2日，区总工会副主席白沐阳一行来到青石镇五里村施工路段，慰问坚守在高温一线的筑路工人。"
    )
    assert [a.category for a in out] == [Category.visit]


def test_no_delegation_before_the_going_verb_leaves_a_plain_visit_unnamed():
    # the same shape without 一行: a visit told by its verb alone is no new activity
    out = found("7月2日，区总工会来到青石镇五里村施工路段，慰问筑路工人。")
    assert out == []


def test_the_place_of_works_at_a_site_is_the_named_place_before_them():
    out = found("7月2日，区总工会副主席白沐阳一行来到青石镇五里村施工路段，慰问筑路工人。")
    assert [a.place for a in out] == ["青石镇五里村"]


# --- not activities -------------------------------------------------------------------


def test_a_service_offered_within_an_event_is_no_activity_of_its_own():
    out = found(
        "3月1日，西岭区举办春季招聘会。现场还为求职人员、困难职工提供职业技能培训报名服务。"
    )
    assert [a.name for a in out] == ["春季招聘会"]


@pytest.mark.parametrize(
    "sentence",
    [
        "比赛严格按照人社部门职工技能竞赛大纲进行。",
        "各企业掀起劳动竞赛热潮。",
        "近年来，岚溪区总工会不断加强向一线职工“送清凉”活动的力度。",
    ],
)
def test_a_trigger_qualifying_a_document_a_wave_or_a_measure_is_no_activity(sentence):
    assert found(sentence) == []


def test_a_verb_of_joining_a_contest_is_no_part_of_its_name():
    out = found("去年，全市职工积极投身“青春建功”劳动竞赛。")
    assert [a.name for a in out] == ["“青春建功”劳动竞赛"]


def test_a_course_referred_back_to_by_this_session_is_no_new_course():
    out = found("4月6日，全县工会干部培训班在县委党校开课。莫远川指出，举办这期培训班十分重要。")
    assert [a.category for a in out] == [Category.training]


# --- organisers (the page built end to end) --------------------------------------------


def _organisers(pages_dir, tmp_path, page: str) -> dict[str, str | None]:
    """Activity name → its organiser's name, of one page built end to end."""
    rows = built_activities(pages_dir, tmp_path, page)
    orgs = built_organisation_names(tmp_path)
    return {r["name"]: orgs.get(r["organiser_id"]) for r in rows}


def test_an_organisation_in_a_quoted_course_title_is_not_its_organiser(pages_dir, tmp_path):
    organisers = _organisers(
        pages_dir,
        tmp_path,
        "桐川县工会干部培训班开班\n\n"
        "12月3日，桐川县总工会举办工会干部素质提升培训班，58名学员参加。\n\n"
        "本次培训开设了“新时期南岭省总工会的职能”“数字经济与劳动关系”等课程。\n",
    )
    course = next(name for name in organisers if name and "南岭省总工会" in name)
    assert organisers[course] != "南岭省总工会"


def test_a_body_whose_anniversary_is_celebrated_does_not_organise_the_contest(pages_dir, tmp_path):
    organisers = _organisers(
        pages_dir,
        tmp_path,
        "西岭电力公司举办工会业务知识竞赛\n\n"
        "5月3日，西岭电力公司举行“匠心逐梦”——庆祝南岭省总工会成立70周年暨第五届职工"
        "业务技能竞赛，来自各基层工会的9支代表队参赛。\n",
    )
    contests = [name for name in organisers if name and name.endswith("竞赛")]
    assert contests
    assert {organisers[name] for name in contests} == {"西岭电力公司"}


def test_a_service_a_union_offers_with_a_count_is_an_activity_of_its_own():
    out = found("其间，市总工会将联合青禾妇儿医院为五千名女职工提供免费“两癌”筛查。")
    assert [a.name for a in out] == ["免费“两癌”筛查"]


# --- campaigns and counted groups ---------------------------------------------------------


def test_visits_a_campaign_referred_back_to_made_are_that_campaign():
    out = found(
        "近日，东岭区青松街道总工会组织开展了2024年“夏送清凉”慰问活动，为坚守在烈日下的劳动者送去清凉。",
        "本次活动聚焦环卫、快递员等一线户外岗位，共计走访慰问了126名户外劳动者。",
    )
    assert [a.category for a in out] == [Category.campaign]
    assert out[0].participants is not None and out[0].participants.count == 126


def test_a_group_organised_after_its_listed_members_holds_a_plainly_named_event():
    out = found(
        "县总工会日前组织全省劳模苏青岩（内科主任医师）、省五一劳动奖章获得者何晓帆"
        "（儿科医师）等7名劳模、专家前往松林镇东坡社区为居民开展免费的健康检查、"
        "劳动法律咨询、家电维修等服务活动。"
    )
    assert len(out) == 1
    assert out[0].place == "松林镇东坡社区"


# --- names and triggers ---------------------------------------------------------------------


def test_two_names_joined_by_ji_are_one_event():
    out = found(
        "5月9日，南岭省2024年“匠心青禾”主题活动启动仪式暨南岭省职工服务平台青禾频道"
        "上线发布会在青禾市举行。"
    )
    assert len(out) == 1
    assert out[0].name.startswith("南岭省2024年“匠心青禾”主题活动启动仪式暨")
    assert out[0].name.endswith("上线发布会")


def test_a_choir_performance_is_an_activity():
    out = found("近日，东岭省总工会在省群艺馆举办“奋进新时代”东岭省职工大合唱。")
    assert [(a.name, a.category) for a in out] == [("“奋进新时代”东岭省职工大合唱", Category.other)]


def test_a_plenary_session_of_a_union_committee_is_a_meeting():
    out = found("6月2日，县总工会九届五次全委（扩大）会召开，总结部署工会工作。")
    assert [a.category for a in out] == [Category.meeting]


def test_a_stage_of_a_contest_is_no_performance_of_its_own():
    out = found("5月3日，西岭电力公司举办工会业务知识竞赛。竞赛借助展演环节考验选手的实战能力。")
    assert [a.category for a in out] == [Category.competition]


# --- organisers written -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "first"),
    [
        ("南岭省总工会与南岭省网信办联合", "南岭省总工会"),
        ("青禾市总工会和青禾市纺织公司工会联合", "青禾市总工会"),
        ("青禾区人力资源和社会保障局", "青禾区人力资源和社会保障局"),
    ],
)
def test_the_first_of_bodies_joined_in_a_written_organiser_is_read(written, first):
    assert first_body(written) == first


def test_bodies_holding_an_activity_jointly_are_organised_by_the_first(pages_dir, tmp_path):
    organisers = _organisers(
        pages_dir,
        tmp_path,
        "南岭省“劳动筑梦”主题活动总结展示活动举行\n\n"
        "12月20日，由南岭省总工会与南岭省网信办联合主办，青禾市总工会、青禾市网信办"
        "联合承办的2024年“劳动筑梦”主题活动总结展示活动在青禾市举行。\n",
    )
    assert organisers == {"2024年“劳动筑梦”主题活动总结展示活动": "南岭省总工会"}


def test_a_trigger_before_the_best_of_those_at_it_is_no_activity():
    out = found(
        "12月20日，南岭省“劳动筑梦”主题活动总结展示活动在青禾市举行。",
        "省总工会有关部门负责同志以及活动优秀代表120余人参加总结展示活动。",
    )
    assert len(out) == 1


def test_a_trigger_before_a_proposal_is_no_activity():
    out = found(
        "5月25日，南岭省“匠心青禾”主题活动启动仪式在青禾市举行。"
        "活动现场，职工代表宣读2024年主题活动倡议书。"
    )
    assert len(out) == 1


def test_a_union_planning_to_spend_on_a_campaign_plans_it():
    out = found(
        "今年7至8月，东溪区总工会计划投入20万元，分成几个慰问组去各镇街的重点企业为"
        "6000多名职工“送清凉”。"
    )
    assert [a.status.value for a in out] == ["planned"]
