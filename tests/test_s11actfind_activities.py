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
        ("提供法律咨询、免费理发、义诊等服务", Category.other)
    ]


def test_a_concrete_service_given_to_a_counted_group_is_an_activity():
    out = found("今年以来，溪口市各级工会已为1.2万名女职工提供免费体检。")
    assert [a.name for a in out] == ["提供免费体检"]


def test_services_a_union_ran_for_drivers_are_an_activity():
    out = found("桐江物流有限公司工会还为司机们开展了免费测血压、测血糖服务。")
    assert [(a.name, a.status) for a in out] == [("开展了免费测血压、测血糖服务", Status.held)]


def test_a_habit_of_serving_workers_is_no_activity():
    assert found("各级工会要为职工提供更加优质高效的服务。") == []


def test_money_handed_out_to_a_group_is_no_service():
    assert found("区总工会为困难职工发放救助金三十万元。") == []


def test_a_service_given_at_an_event_of_the_same_sentence_stays_that_events():
    out = found("青禾区总工会举办“暖心驿站”开放日活动，为骑手提供免费体检。")
    assert len(out) == 1 and "开放日" in out[0].name


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
