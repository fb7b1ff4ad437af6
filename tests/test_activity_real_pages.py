"""Activities of real pages, second pass (issue 11): sessions told by their teacher and
verb, what an activity gave or who it invited, events of their own kind, rounds counted,
services used rather than held, totals, and triggers that qualify another noun. One
behaviour each, on sentences written for these tests (invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.naming import counted_rounds
from gonghui_build.extract.activities.organisers import person_role
from gonghui_build.extract.activities.places import place_of
from gonghui_build.vocabulary import Category, Status, Unit


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


# --- sessions told by their teacher --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "街道总工会还邀请城关派出所民警为30名外卖员讲解电动车安全知识。",
        "区职工大学讲师闻秋白为学员讲了第一课《怎样走好再就业之路》。",
    ],
)
def test_a_session_told_by_its_teacher_to_an_audience_is_a_lecture(sentence):
    out = found(sentence)
    assert [a.category for a in out] == [Category.lecture]
    assert not out[0].titled  # told by its verb: no title to publish


@pytest.mark.parametrize(
    "sentence",
    [
        "区总工会法律工作部部长林佳和讲解劳动争议调解实务。",
        "非遗传承人吉克阿芝老师手把手传授挑花、锁绣等十余种针法。",
    ],
)
def test_a_session_told_by_its_teacher_within_a_course_is_a_lecture(sentence):
    course = "7月2日，州总工会举办绣娘技能培训班。"
    out = found(course, sentence)
    assert [a.category for a in out] == [Category.training, Category.lecture]
    assert found(sentence) == []  # no course, no audience: someone explaining, no session


def test_two_teachers_in_one_sentence_give_two_sessions_of_the_course():
    out = found(
        "6月3日至7日，市总工会在市职工培训中心举办基层工会主席培训班。",
        "南岭大学教授鲁清远讲授《工会法》，市总工会法律工作部部长石嘉禾讲解劳动争议调解实务。",
    )
    assert [a.category for a in out] == [Category.training, Category.lecture, Category.lecture]


@pytest.mark.parametrize(
    "sentence",
    [
        "结合十余个案例讲解劳动合同订立中的常见问题。",  # no teacher in the clause
        "会上，副县长唐立本讲了话。",  # a speech
        "劳动模范周海山讲授的装配课最受欢迎。",  # the verb qualifies a noun
    ],
)
def test_a_teaching_verb_without_a_teacher_and_a_subject_tells_no_session(sentence):
    assert found(sentence) == []


# --- what an activity gave, who it invited -------------------------------------------


def test_what_an_activity_gave_in_its_sentence_is_that_activity_with_its_count():
    out = found("区总工会在青枫广场举办“关爱骑手健康行”义诊活动，为三百余名外卖骑手免费健康检查。")
    assert len(out) == 1 and out[0].category == Category.volunteering
    assert out[0].participants is not None and out[0].participants.count == 300


def test_a_guest_invited_to_teach_at_a_named_lecture_is_that_lecture():
    out = found("区总工会举办女职工健康讲座，邀请区妇幼保健院主任医师莫晓岚讲解常见病的预防。")
    assert [a.category for a in out] == [Category.lecture]


def test_a_course_keeps_the_sessions_of_its_invited_teachers():
    out = found("区总工会举办工会干部培训班，邀请区委党校教授杭月明讲授《工会法》。")
    assert [a.category for a in out] == [Category.training, Category.lecture]


# --- events of their own kind --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("乌兰察布市首届职工那达慕在集宁区广场开幕。", Category.competition),
        ("县邮电局工会举行“青春建功”演讲会。", Category.other),
        ("区总工会在区职工活动中心举办职工摄影作品展。", Category.other),
        ("街道总工会组织了一场“骑手团圆饭”。", Category.other),
        ("街道总工会每月举办一次“骑手议事会”。", Category.meeting),
        ("全市纺织系统二千多名女工参加了岗位练兵。", Category.campaign),
        # s33: a screening is a check-up, kind other as 健康检查 is (activities.yaml)
        ("区总工会全年组织女职工“两癌”免费筛查。", Category.other),
        ("厂工会组织一百二十名女工进行了健康检查。", Category.other),
    ],
)
def test_events_of_their_own_kind_are_activities(sentence, category):
    assert [a.category for a in found(sentence)] == [category]


def test_a_collection_for_someone_is_a_campaign_without_a_title():
    out = found("厂工会发动职工为她捐款八百余元。")
    assert [a.category for a in out] == [Category.campaign]
    assert not out[0].titled  # 她捐款 is a clause, not a name


# --- rounds, services, totals, qualified nouns ---------------------------------------


def test_rounds_counted_before_a_bare_head_are_held_or_planned():
    out = found("区总工会将在10月前再举办两场晚会。")
    assert [(a.category, a.status) for a in out] == [(Category.other, Status.planned)]


@pytest.mark.parametrize(
    ("before", "rounds"),
    [("再办两期", True), ("再组织三十场", True), ("举办第二期", False), ("组织了一场", False)],
)
def test_one_round_or_an_ordinal_is_no_count_of_rounds(before, rounds):
    assert counted_rounds(before) is rounds


def test_a_service_used_is_no_activity_held():
    assert found("有困难可以随时拨打12351职工服务热线。") == []


def test_a_total_trained_adds_to_the_school_and_is_no_activity_of_its_own():
    out = found("县总工会创办职工业余学校，至1990年累计培训职工五千余人次。")
    assert [a.category for a in out] == [Category.training]
    assert out[0].participants is not None and out[0].participants.unit == Unit.person_times


@pytest.mark.parametrize(
    "sentence",
    [
        "中心设有职工书屋和技能培训教室。",
        "区焊工技能比武裁判长闵晓东说，选手们的劲头很足。",
        "职工们在街道职工活动中心看书。",
    ],
)
def test_a_trigger_that_qualifies_a_room_or_a_person_is_no_activity(sentence):
    assert found(sentence) == []


# --- status ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "日前，清河区总工会法律服务中心开通了“职工维权热线”。",
        "镇总工会联合镇文化站办起了“职工夜校”。",
        "厂工会坚持每周三晚举办技术讲座。",
    ],
)
def test_a_service_opened_or_a_habit_kept_runs_on(sentence):
    assert [a.status for a in found(sentence)] == [Status.ongoing]


def test_a_standing_service_announced_is_planned():
    out = found("区总工会将开通“职工维权热线”。")
    assert [a.status for a in out] == [Status.planned]


# --- organisers from the frame of the text --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "org", "role"),
    [
        ("省总工会副主席卢定邦一行到清江调研。", "省总工会", "leads"),
        ("区总工会主席覃雨辰带队走访上塘街道。", "区总工会", "leads"),
        ("青山区总工会主席穆青出席启动仪式。", "青山区总工会", "guest"),
        ("市总工会法律服务中心副主任闵晓航为学员讲授《工会法》。", "市总工会法律服务中心", "guest"),
        ("区总工会主席覃雨辰表示，工会将继续做好服务。", "区总工会", "person"),
        ("区总工会在区委党校举办培训班。", "区总工会", None),
    ],
)
def test_the_person_an_organisations_post_opens_leads_a_visit_or_comes_as_a_guest(
    sentence, org, role
):
    assert person_role(sentence, sentence.index(org) + len(org)) == role


# --- parents --------------------------------------------------------------------------


def test_a_launch_ceremony_is_part_of_what_it_launched():
    out = found(
        "7月1日，市总工会“夏日清风”货车司机关爱行动在一家物流港启动。",
        "区总工会主席穆青出席启动仪式。",
    )
    assert out[0].category == Category.campaign
    assert out[-1].trigger == "启动仪式" and out[-1].parent == 0


def test_a_lecture_after_a_course_with_only_sessions_between_is_part_of_it():
    out = found(
        "6月3日至7日，市总工会举办基层工会主席培训班。",
        "市总工会经审会副主任闵子谦应邀授课。",
    )
    assert [a.category for a in out] == [Category.training, Category.lecture]
    assert out[1].parent == 0


def test_what_a_sentence_from_the_site_reports_is_part_of_the_event_before():
    out = found(
        "3月6日，市总工会在东湖街道举办外来女职工健康关爱日活动。"
        "市总工会女职工部部长尹秋云还现场讲解了《女职工劳动保护特别规定》。"
    )
    assert len(out) == 2 and out[1].category == Category.lecture and out[1].parent == 0


# --- visits and places ------------------------------------------------------------------


def test_a_visit_to_sites_listed_with_deng_is_one_visit_to_the_first():
    out = found("副主席黎晓峰带队走访青禾软件园、城西公交车队等单位，为一线职工送去月饼和慰问信。")
    assert [(a.category, a.place) for a in out] == [(Category.visit, "青禾软件园")]


def test_a_visit_told_again_in_its_sentence_is_one_visit_with_its_count():
    out = found("卢定邦一行还走访了东坝区一家地毯厂，看望慰问了四十名一线职工。")
    assert [a.category for a in out] == [Category.visit]
    assert out[0].place == "东坝区"  # the named place of 一家地毯厂
    assert out[0].participants is not None and out[0].participants.count == 40


def test_a_talk_with_hosts_after_a_visit_is_a_meeting_without_a_title():
    out = found("卢定邦一行走访了东坝区一家地毯厂，并与东坝区总工会负责同志座谈。")
    assert [a.category for a in out] == [Category.visit, Category.meeting]
    assert not out[1].titled


@pytest.mark.parametrize(
    ("sentence", "activity", "expected"),
    [
        ("竞赛期间，区总工会在物流园设立了法律咨询台。", "法律咨询台", "物流园"),
        ("今年3月，公司工会在工作室举行了师带徒结对仪式。", "师带徒结对仪式", "工作室"),
    ],
)
def test_parks_and_workshops_are_venues(sentence, activity, expected):
    start = sentence.index(activity)
    assert place_of(sentence, (0, len(sentence)), (start, start + len(activity))) == expected


# --- counts -----------------------------------------------------------------------------


def test_a_competition_is_counted_in_its_teams_even_when_they_qualify_the_players():
    out = found("9月15日，2019年东坝区职工乒乓球比赛落幕。全区十支代表队的八十名选手参赛。")
    assert out[0].participants is not None
    assert (out[0].participants.count, out[0].participants.unit) == (10, Unit.teams)


def test_a_show_is_counted_in_its_performers_not_the_unions_they_come_from():
    out = found("县总工会在县影剧院举办职工文艺演出，十二个基层工会的一百余名职工登台演出。")
    assert out[0].participants is not None
    assert (out[0].participants.count, out[0].participants.unit) == (100, Unit.people)


def test_a_delegations_visit_is_one_without_a_name_and_at_the_places_listed():
    out = found("区总工会主席郗文涛一行到望京、酒仙桥等地调研驿站运行情况。")
    assert [(a.category, a.place) for a in out] == [(Category.visit, "望京、酒仙桥")]
    assert not out[0].titled


def test_a_visit_to_households_counted_is_a_visit_and_a_bare_workshop_no_place():
    out = found("工会副主席何玉兰带领女工委员深入车间，走访了三十六户双职工家庭。")
    assert [(a.category, a.place) for a in out] == [(Category.visit, None)]


def test_a_visit_to_the_people_of_listed_districts_is_one_visit():
    out = found("市总工会主席艾力带领慰问组，走访慰问东城区、西城区的困难职工32户。")
    assert [a.category for a in out] == [Category.visit]


def test_a_training_a_counted_group_was_organised_to_hold_is_an_event():
    out = found("镇总工会组织七十余名职工开展应急救护培训。")
    assert [(a.name, a.category) for a in out] == [("应急救护培训", Category.training)]
    assert found("区总工会组织100名职工开展培训。") == []  # a bare head names no event


def test_a_photo_caption_naming_the_same_quoted_title_is_the_same_activity():
    out = find_activities(
        ["3月6日，市总工会在市工人文化宫举办“巾帼建功”先进事迹报告会。", "“巾帼建功”报告会现场"],
        frozenset({1}),
    )
    assert len(out) == 1 and out[0].mentions


def test_a_group_counted_taking_part_in_a_course_makes_no_event_of_its_study():
    out = found(
        "11月2日，东坝集团学习贯彻党的十九大精神培训班开班，90余名干部参加为期5天的集中学习研讨。"
    )
    assert [a.category for a in out] == [Category.training]


def test_a_list_of_ways_of_work_naming_a_visit_inside_an_item_stays_a_list():
    sentence = "机关干部通过“点对点”加强调研指导、“面对面”开展政策宣讲等工作，服务基层。"
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("州总工会还将在明年组织获奖选手赴浙江杭州交流学习。", "浙江杭州"),
        ("区总工会将在下半年组织获奖职工赴江苏苏州考察学习。", "江苏苏州"),
    ],
)
def test_a_trip_to_a_named_place_is_a_visit_there(sentence, place):
    out = found(sentence)
    assert [(a.category, a.status, a.place) for a in out] == [
        (Category.visit, Status.planned, place)
    ]


def test_a_trip_to_no_named_place_is_no_visit():
    assert found("干部们赴基层交流学习。") == []


def test_a_lecture_listed_beside_a_course_is_its_sibling_not_its_part():
    out = found("区总工会开展“安全员业务知识培训”“安康杯知识讲座”等活动，与实地参观相结合。")
    lecture = next(a for a in out if a.category == Category.lecture)
    assert lecture.parent is None


# --- third pass: real pages read by eye (session 6) ----------------------------------


def test_a_visit_referred_back_to_right_before_its_verb_is_the_same_visit():
    out = found(
        "近日，柳溪区总工会负责人带着年货礼包走访慰问多家企事业单位。",
        "在柳溪消防救援站，工会工作人员把礼包送到队员手中。",
        "消防、环卫、供水、企业……本次慰问达60家单位，共送出900份礼包。",
    )
    visits = [a for a in out if a.category == Category.visit]
    assert len(visits) == 1
    assert visits[0].participants is not None and visits[0].participants.count == 60


def test_households_in_an_activitys_name_are_no_count_of_its_participants():
    out = found("春节前夕，柳溪区总工会开展了“工会贺新春”送福进万家活动，为会员送去祝福。")
    assert len(out) == 1 and out[0].participants is None
    again = found(
        "春节前夕，柳溪区总工会开展了“工会贺新春”送福进万家活动。",
        "“工会贺新春”送福进万家活动已经成为区总工会服务基层的品牌活动。",
    )
    assert len(again) == 1 and again[0].participants is None
    counted = found("柳溪区总工会举办“百场宣讲进万家”活动，共有三百余名职工参加。")
    assert counted[0].participants is not None and counted[0].participants.count == 300


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "11月13日上午，青禾县基层工会干部培训班在青禾省总工会干部学校如期开班。",
            "青禾省总工会干部学校",
        ),
        ("12月7日，青禾县工会干部专题培训班在南岭大学西湖校区顺利开班。", "南岭大学西湖校区"),
    ],
)
def test_a_course_opened_on_schedule_at_a_venue_is_held_there(sentence, place):
    out = found(sentence)
    assert [a.place for a in out] == [place]


def test_a_photo_line_or_a_curtain_raised_is_no_part_of_the_name():
    caption = found("7月20日，青禾市总工会启动了“夏送清凉”活动。", "图为“夏送清凉”启动仪式现场。")
    assert [a.name for a in caption] == ["“夏送清凉”活动", "“夏送清凉”启动仪式"]
    curtain = found("由此，也拉开了青禾区总工会“工会陪你过大年”活动序幕。")
    assert [a.name for a in curtain] == ["青禾区总工会“工会陪你过大年”活动"]


def test_a_delegation_going_to_a_bureau_or_a_police_station_visits_it():
    out = found(
        "1月29日，柳明远一行来到青禾区税务局，为留守的一线税务职工送去了新春祝福和慰问品。",
        "次日，柳明远一行来到桐湾派出所，向值守民警致以节日问候。",
    )
    assert [(a.category, a.place) for a in out] == [
        (Category.visit, "青禾区税务局"),
        (Category.visit, "桐湾派出所"),
    ]


def test_sites_visited_in_a_list_closed_by_he_are_a_visit_each_at_its_site():
    out = found(
        "在走访了青禾县园林局森林消防大队、柳溪林业派出所和桐湾治安检查站，"
        "为一线职工送去节日问候之后，青禾县总工会今年的“两节”送温暖工作告一段落。"
    )
    visits = [a for a in out if a.category == Category.visit]
    assert [a.place for a in visits] == [
        "青禾县园林局森林消防大队",
        "柳溪林业派出所",
        "桐湾治安检查站",
    ]
