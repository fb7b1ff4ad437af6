"""Activities of real pages, seventh pass (issue 11): a service given to a group (为骑手
提供法律咨询、免费理发、义诊等服务) is an activity, but not a habit of serving (为职工提供
优质服务) nor money handed out; a meeting printed as 大会 under a name of its own
(庆祝“五一”国际劳动节大会) or held bare (召开大会) is an activity; collective weddings
and contests named 大比拼 are events. One behaviour each, on sentences written for these
tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


# --- services given to a group --------------------------------------------------------


def test_a_list_of_services_given_to_a_group_is_one_activity():
    out = found(
        "活动现场，柳岸区总工会联合青石律师事务所，为骑手提供法律咨询、免费理发、义诊等服务。"
    )
    assert [(a.name, a.category) for a in out] == [
        ("法律咨询、免费理发、义诊等服务", Category.other)
    ]


def test_a_concrete_service_given_to_a_counted_group_is_an_activity():
    out = found("今年以来，溪口市各级工会已为1.2万名女职工提供免费体检。")
    assert [a.name for a in out] == ["免费体检"]


def test_services_a_union_ran_for_drivers_are_an_activity():
    out = found("桐江物流有限公司工会还为司机们开展了免费测血压、测血糖服务。")
    assert [(a.name, a.status) for a in out] == [("免费测血压、测血糖服务", Status.held)]


def test_a_habit_of_serving_workers_is_no_activity():
    assert found("各级工会要为职工提供更加优质高效的服务。") == []


def test_money_handed_out_to_a_group_is_no_service():
    assert found("区总工会为困难职工发放救助金三十万元。") == []


def test_a_service_given_at_an_event_of_the_same_sentence_stays_that_events():
    out = found("青禾区总工会举办“暖心驿站”开放日活动，为骑手提供免费体检。")
    assert len(out) == 1 and "开放日" in out[0].name


def test_what_a_station_offers_every_day_is_no_service_event():
    assert found("活动期间，全区各级工会驿站将为环卫工人提供免费饮水、加热餐食等服务。") == []
    assert found("区总工会在商圈附近建成首家“暖阳驿站”，为快递员提供休息、充电、饮水等服务。") == []


# --- meetings printed as 大会 ---------------------------------------------------------


def test_a_named_assembly_is_a_meeting():
    out = found("4月27日，梧桐区总工会在区文化中心举行庆祝“五一”国际劳动节大会。")
    assert [(a.name, a.category) for a in out] == [("庆祝“五一”国际劳动节大会", Category.meeting)]


def test_a_bare_assembly_held_is_a_meeting():
    out = found("石桥县总工会日前召开大会，表彰一批先进职工。")
    assert [(a.name, a.category) for a in out] == [("大会", Category.meeting)]


def test_the_assembly_named_again_is_the_same_meeting():
    out = found("区总工会举行庆祝“五一”国际劳动节大会。大会对二十名优秀职工进行了表彰。")
    assert len(out) == 1


def test_a_great_hall_is_no_assembly():
    out = found("9月2日，梧桐区工会第五次代表大会在区文化中心大会堂开幕。")
    assert [a.name for a in out] == ["梧桐区工会第五次代表大会"]


def test_an_assembly_only_cited_is_no_meeting():
    assert found("大会号召全区职工立足岗位建功立业。") == []


# --- weddings and contests ------------------------------------------------------------


def test_a_collective_wedding_for_workers_is_an_event():
    out = found("12月30日，由柳江市总工会主办的第三届职工集体婚礼在江畔酒店举行。")
    assert [(a.name, a.category) for a in out] == [("第三届职工集体婚礼", Category.other)]


def test_a_quoted_contest_named_daibipin_is_a_competition():
    out = found("研修班上还开展了“班组安全方案设计大比拼”。")
    assert [(a.name, a.category) for a in out] == [
        ("“班组安全方案设计大比拼”", Category.competition)
    ]


# --- clause fragments: a trigger that is no event of its own ---------------------------


def test_a_contest_taken_as_the_means_of_a_verb_is_the_contest_already_read():
    out = found(
        "4月28日，2025年桐乡市职工技能竞赛正式启动。"
        "主席提出三点要求：一是以竞赛凝聚职工队伍，二是以培训提升职工技能。"
    )
    assert [a.name for a in out] == ["2025年桐乡市职工技能竞赛"]


def test_a_named_contest_as_a_carrier_keeps_its_name():
    out = found("梧桐区总工会以“安康杯”竞赛为载体，推动班组安全建设。")
    assert [a.name for a in out] == ["“安康杯”竞赛"]


def test_the_content_frame_of_a_contest_stays_in_its_name():
    out = found("青禾区总工会开展以“安全生产”为主题的知识竞赛。")
    assert [a.name for a in out] == ["以“安全生产”为主题的知识竞赛"]


def test_a_contest_qualifying_its_rules_is_no_event():
    assert found("各部门要健全完善劳动竞赛各项制度体系。") == []


def test_a_contests_kinds_of_work_are_no_event():
    assert found("今年的技能大赛参赛单位更多、比赛工种更全。") == []


def test_a_team_of_teachers_is_no_lecture():
    assert found("授课讲师由各县工会的骨干担任。") == []


# --- a plain name made one event by what is told of it --------------------------------


def test_a_ceremony_dated_right_before_its_name_is_an_event():
    out = found("15日上午的结业式上，青禾区总工会副主席柳某出席并为学员颁发结业证书。")
    assert [(a.name, a.category) for a in out] == [("结业式", Category.meeting)]


def test_a_course_with_its_length_before_its_name_is_the_course_already_read():
    out = found("9月3日至5日，青禾区总工会举办新任工会主席培训班，八十名学员参加为期三天的培训。")
    assert [a.name for a in out] == ["新任工会主席培训班"]


def test_a_plain_ceremony_referred_to_without_a_date_is_not_new():
    assert found("结业式上，学员代表作了发言。") == []


# --- editions, series of games and lists ------------------------------------------------


def test_a_numbered_plenary_session_is_a_meeting_of_its_own():
    out = found("3月12日，桐溪县总工会第九届委员会第三次全体会议顺利召开。")
    assert [(a.name, a.category) for a in out] == [
        ("桐溪县总工会第九届委员会第三次全体会议", Category.meeting)
    ]


def test_a_series_of_games_is_a_competition():
    out = found("近日，梧桐区总工会“迎五一”职工体育运动系列赛在区体育场开幕。")
    assert [(a.name, a.category) for a in out] == [
        ("梧桐区总工会“迎五一”职工体育运动系列赛", Category.competition)
    ]


def test_the_last_item_of_a_list_joined_by_yiji_is_an_item_of_its_own():
    out = found("本届赛事包括羽毛球比赛、乒乓球比赛以及拔河比赛等项目。")
    assert [a.name for a in out] == ["羽毛球比赛", "乒乓球比赛", "拔河比赛"]


def test_a_games_first_edition_opened_next_year_is_planned():
    out = found("预计我市明年将开启首届园区职工运动会。")
    assert [(a.name, a.status) for a in out] == [("首届园区职工运动会", Status.planned)]


# --- talks told by their verb -----------------------------------------------------------


def test_a_talk_on_a_matter_is_a_meeting():
    out = found(
        "5月9日，桐溪市总工会组织市体育局等单位代表，在市总工会会议室"
        "就筹办园区职工篮球联赛的有关事宜进行了座谈。"
    )
    assert [a.category for a in out] == [Category.meeting]


def test_a_talk_with_people_met_in_turn_is_a_meeting():
    out = found("县总工会派出工作组，同各施工队负责人逐队座谈。")
    assert [a.category for a in out] == [Category.meeting]


def test_a_talk_held_at_the_same_time_is_not_read_twice():
    out = found("他们同时召开座谈会，听取职工意见。")
    assert [a.name for a in out] == ["座谈会"]


# --- guards the seeds asked for ---------------------------------------------------------


def test_an_assembly_a_national_leader_spoke_at_is_background():
    text = "在2016年庆祝“五一”国际劳动节暨表彰全国劳动模范大会上，总书记指出，要尊重劳动。"
    assert found(text) == []


def test_a_unions_own_meeting_its_chair_spoke_at_is_news():
    out = found("在2024年度工作会议上，青禾区总工会主席柳某指出，要做好职工服务。")
    assert [a.name for a in out] == ["2024年度工作会议"]


def test_a_duty_to_serve_the_public_is_no_service_event():
    text = "以群众满意为目标，积极为群众提供法律援助、困难帮扶和就业指导等服务。"
    assert found(text) == []
