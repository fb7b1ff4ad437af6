"""Activities of real pages, fifth pass (issue 11): the venue a contest opens at or a
talk is given at (启幕, 开讲), the venue the next clause gives an activity named as its
subject, a delegation's place when its visit is told two clauses on; a visit's verb
with its complement (调研指导); what a trigger is no activity in (a bracketed note, a
prize won, a verb with its complement, the items of a contest, every level's
contests); an occasion's name (以…为契机); a campaign held on a day; another round of
a held activity only where the plan counts or repeats it. One behaviour each, on
sentences written for these tests (invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


# --- places ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("7月9日，青禾区第三届职工职业技能大赛在青禾职业学院正式启幕。", "青禾职业学院"),
        ("9月6日，岚山区总工会第五期“工会学堂”讲坛在青松科技有限公司开讲。", "青松科技有限公司"),
    ],
)
def test_an_activity_opening_or_given_at_a_venue_is_placed_there(sentence, place):
    assert [a.place for a in found(sentence)] == [place]


def test_a_talk_series_named_as_such_is_a_lecture():
    out = found("9月6日，岚山区总工会第五期“工会学堂”讲坛在青松科技有限公司开讲。")
    assert [a.category for a in out] == [Category.lecture]


def test_the_next_clause_opening_at_a_venue_places_the_activity_it_follows():
    out = found("由市总工会组织的“送健康进社区”公益活动，在柳湾街道杏林社区进行。")
    assert [a.place for a in out] == ["柳湾街道杏林社区"]


def test_a_venue_two_clauses_before_does_not_place_the_activity():
    # the place opens the next clause only right after the activity's own clause
    out = found("由市总工会组织的“送健康进社区”公益活动，为期三天，在柳湾街道杏林社区进行。")
    assert [a.place for a in out] == [None]


def test_a_delegation_going_to_a_place_visits_it_however_long_the_next_clause():
    out = found(
        "6月7日，省总工会经审委员会主任林晓梅率调研组一行4人来到溪口市，就乡镇工会、"
        "企业工会基本情况、工作开展情况及需要解决的问题等方面进行调研指导。"
    )
    assert [(a.category, a.place) for a in out] == [(Category.visit, "溪口市")]


def test_a_visit_verb_with_its_complement_is_a_visit():
    out = found("6月3日，省总工会副主席林远山率调研组一行来到溪口市，进行调研指导。")
    assert [a.category for a in out] == [Category.visit]


# --- not activities -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a bracketed note
        "命名青川机械有限公司装配车间等60个先进班组为青川市工人先锋号（劳动竞赛示范岗）。",
        # a verb with its complement
        "经过6个多小时的激烈比拼，最终评选出5个工种的冠军。",
        # a prize won in a contest
        "来自青禾的白桦获得焊接竞赛一等奖。",
        # the items of a contest, every level's contests
        "全省每年省级竞赛项目超过80个，参与各级各类技能竞赛的职工近600万人次。",
    ],
)
def test_a_trigger_in_a_note_a_prize_a_verb_or_an_item_is_no_activity(sentence):
    assert found(sentence) == []


def test_a_bracketed_short_name_is_no_part_of_the_name():
    out = found("“青禾杯”第三届职业技能大赛（以下简称“大赛”)12日在青禾落幕。")
    assert [a.name for a in out] == ["“青禾杯”第三届职业技能大赛"]


# --- names ----------------------------------------------------------------------------


def test_an_occasion_is_named_after_its_preposition():
    out = found(
        "11月3日，岚县总工会以全县“冬日送暖”志愿服务岚县行活动为契机，组织志愿者深入"
        "青溪镇开展“三下乡”活动。"
    )
    assert out[0].name == "全县“冬日送暖”志愿服务岚县行活动"
    assert out[1].place == "青溪镇"


# --- status ---------------------------------------------------------------------------


def test_a_campaign_held_on_a_day_was_held():
    out = found("7月17日上午，青田区总工会开展2022年“情系职工送清凉”活动，为一线职工送去关爱。")
    assert [a.status for a in out] == [Status.held]


def test_a_campaign_launched_on_a_day_runs_on():
    out = found("7月17日，青田区总工会启动2022年“情系职工送清凉”活动。")
    assert [a.status for a in out] == [Status.ongoing]


def test_a_call_to_keep_at_a_held_campaign_is_no_new_round():
    out = found(
        "1月4日，岭南市总工会开展“两节”送温暖慰问活动。",
        "林远山指出，各级工会要把“两节”送温暖作为当前的重要任务。",
    )
    assert [a.status for a in out] == [Status.held]


def test_a_plan_counting_rounds_after_the_name_is_another_round():
    out = found(
        "3月16日，市总工会举办青禾职工再就业洽谈会。",
        "白桦说，今年市总工会全年计划举办就业洽谈会六次。",
    )
    assert [a.status for a in out] == [Status.held, Status.planned]


# --- yearbooks, meeting reports and settings --------------------------------------------


def test_a_month_written_first_in_a_name_dates_it_and_is_no_part_of_it():
    out = found("1983年5月，第四次会员代表大会和1987年10月第五次会员代表大会都选举白桦为主席。")
    assert [a.name for a in out] == ["第四次会员代表大会", "第五次会员代表大会"]
    assert [(a.date.year, a.date.month) for a in out] == [(1983, 5), (1987, 10)]


@pytest.mark.parametrize(
    "sentence",
    [
        "会议传达了省总工会全委会、市总工会全委会及区总七届三次全委会会议精神。",
        "会议首先传达了省委副书记林远山同志在省总工会十三届三次全委会上的讲话精神。",
    ],
)
def test_meetings_cited_together_for_their_spirit_are_background(sentence):
    assert found(sentence) == []


def test_a_congress_delegates_are_elected_to_is_no_activity_of_the_page():
    out = found(
        "9月10日，青禾市总工会召开全市工会代表会议，选举产生出席省工会第十四次代表大会正式代表15名。"
    )
    assert [a.name for a in out] == ["全市工会代表会议"]


def test_a_clause_of_its_own_opening_at_a_venue_places_the_next_clause():
    out = found(
        "在西庄镇后湾工会驿站，区总工会与镇总工会一起开展“驿站送福”活动，为环卫工人送上春联。"
    )
    assert [a.place for a in out] == ["西庄镇后湾工会驿站"]


def test_a_clause_opening_at_an_occasion_places_nothing():
    out = found("在此次活动中，市总工会举办2024年职工书画展。")
    assert [a.place for a in out] == [None]


def test_a_delegation_looking_over_sites_on_the_spot_visits():
    out = found("当天，县总工会一行先后深入青石镇卫生院、县人民医院实地查看职工食堂建设情况。")
    assert [a.category for a in out] == [Category.visit]


# --- launches -------------------------------------------------------------------------


def test_a_campaign_launched_at_a_venue_gives_it_to_its_launch_ceremony():
    out = found(
        "10月11日上午，青禾区总工会2024年新就业形态劳动者“暖心服务月”活动在东关街道工会驿站"
        "启动。区总工会主席白桦出席启动仪式。"
    )
    campaign, launch = out
    assert (campaign.place, launch.place) == (None, "东关街道工会驿站")
    assert launch.parent == 0 and launch.date_from_parent == "first_day"


def test_a_campaign_held_at_a_venue_keeps_it_beside_a_launch_ceremony():
    out = found("10月11日，青禾区总工会在东关街道工会驿站举办“暖心服务月”活动。白桦出席启动仪式。")
    assert out[0].place == "东关街道工会驿站"


def test_a_short_class_is_a_lecture():
    out = found("3月8日，青禾街道工会在职工之家开设“健康小课堂”，请社区医生讲解护眼知识。")
    assert Category.lecture in [a.category for a in out]
    assert Category.training not in [a.category for a in out]
