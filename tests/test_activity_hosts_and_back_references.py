"""Activities of real pages, third pass (issue 11): a contest or campaign referred back
to by the people at it (宣布大赛开幕, 陪同慰问, 整个比赛) is no new activity; rooms and
rules of an activity are no activities; a delegation arriving at a venue visits it;
hosts (承办) do not organise what they host. One behaviour each, on sentences written
for these tests (invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.attributes import organiser_written
from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category
from tests.built import built_activities, built_organisation_names

CONTEST = "5月9日，青禾市第四届职工技能大赛在青禾技师学院开幕。"


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


def categories(*paragraphs: str) -> list[Category]:
    return [a.category for a in found(*paragraphs)]


# --- back references ------------------------------------------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "最后，市总工会副主席柏云舟宣布大赛闭幕。",
        "整个比赛预计5月底结束。",
        "本届大赛进一步提升了大赛的规范性。",
        "开赛前，裁判长宣读比赛纪律，选手代表宣誓。",
    ],
)
def test_a_contest_referred_back_to_is_no_new_contest(later):
    out = found(CONTEST, later)
    assert [a.category for a in out] == [Category.competition]
    assert out[0].name == "青禾市第四届职工技能大赛"


def test_a_person_acting_in_the_words_before_a_contest_is_no_part_of_its_name():
    out = found("市总工会主席季北辰宣布首届青禾杯篮球赛开赛。")
    assert [a.name for a in out] == ["首届青禾杯篮球赛"]


def test_a_session_told_by_its_teacher_keeps_the_teacher_in_its_clause():
    out = found("6月3日，市总工会举办工会主席培训班。", "市总工会经审会副主任闻溪应邀授课。")
    assert [a.category for a in out] == [Category.training, Category.lecture]


def test_accompanying_a_campaign_of_visits_is_no_new_visit():
    out = found(
        "3月2日，州总工会副主席聂清和一行到石渠县开展送温暖慰问活动，"
        "为困难职工送去慰问金。石渠县总工会主席卓玛及班子成员陪同慰问。"
    )
    assert [a.category for a in out] == [Category.campaign]


def test_taking_part_in_another_activity_after_a_plan_is_still_an_activity():
    out = found("明年，市总工会将开展“百日安全”竞赛活动。去年，全市有三百多名女工参加了岗位练兵。")
    assert len(out) == 2


# --- rooms, rules and sites -------------------------------------------------------------


def test_a_room_in_a_list_of_sites_visited_is_no_course():
    out = found("考察组先后参观了职工书屋、综合培训室、心理咨询室等。")
    assert Category.training not in [a.category for a in out]


def test_a_delegation_arriving_at_a_venue_to_inspect_visits_it():
    out = found("省总工会主席甘宏远率十二个地市总工会莅临河湾区职工服务中心参观指导。")
    assert [a.category for a in out] == [Category.visit]
    assert out[0].place == "河湾区职工服务中心"


def test_a_contest_opening_at_a_venue_is_held_there():
    out = found("9月3日，桐川县第五届职工运动会在桐川县体育中心拉开序幕。")
    assert [a.place for a in out] == ["桐川县体育中心"]


# --- organisers and hosts ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "organiser"),
    [
        ("由江屿市总工会、江屿市人社局主办，江屿技师学院承办的焊工大赛开幕。", "江屿市总工会"),
        ("本次大赛由禾山区总工会和禾山区人社局联合主办。", "禾山区总工会和禾山区人社局联合"),
        ("这次培训班由南岭大学继续教育学院承办，由桐川县总工会主办。", "桐川县总工会"),
        ("比赛由南岭大学继续教育学院承办。", "南岭大学继续教育学院"),
    ],
)
def test_the_written_organiser_holds_the_activity_and_a_host_only_when_alone(sentence, organiser):
    written = organiser_written(sentence)
    assert written is not None
    assert written[0] == organiser
    assert sentence[written[1] :].startswith(organiser)


def test_hosts_listed_together_are_not_the_organiser_of_what_they_host(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐川县工会干部培训班开班\n\n"
        "12月3日，桐川县总工会委托举办，南岭大学继续教育学院、全国干部教育培训南岭大学基地"
        "承办的桐川县工会干部素质提升培训班在南岭大学东湖校区开班，58名学员参加。\n",
    )
    orgs = built_organisation_names(tmp_path)
    course = next(r for r in rows if r["name"] == "桐川县工会干部素质提升培训班")
    assert orgs[course["organiser_id"]] == "桐川县总工会"


# --- notices --------------------------------------------------------------------------


def test_a_notice_asking_every_union_to_work_is_no_activity():
    out = found(
        "入夏以来，该区总工会向全区各级工会组织发出通知，"
        "要求各级工会扎实做好“酷暑送清凉、守护职工安康”工作。"
    )
    assert out == []


def test_a_word_inside_a_quoted_slogan_is_no_activity_but_the_quoted_campaign_is():
    out = found("7月1日，桐川县总工会启动“酷暑送清凉、守护职工安康”专项行动。")
    assert [a.name for a in out] == ["“酷暑送清凉、守护职工安康”专项行动"]


# --- venues referred back -------------------------------------------------------------


def test_an_activity_held_here_is_at_the_venue_the_sentence_before_opens_at():
    out = found(
        "1月20日，桐川县汽车站职工驿站内笑声不断。县总工会在此开展“冬日送暖”送春联活动，"
        "为一线职工送上春联。"
    )
    assert [a.place for a in out] == ["桐川县汽车站职工驿站"]


def test_here_with_no_venue_before_gives_no_place():
    out = found("1月20日，天气晴好。县总工会在此开展“冬日送暖”送春联活动。")
    assert [a.place for a in out] == [None]


# --- background -----------------------------------------------------------------------


def test_a_congress_cited_as_a_point_in_time_is_background():
    out = found("9月2日，桐川县工会第八次代表大会召开。大会总结了县工会第七次代表大会以来的工作。")
    assert [a.name for a in out] == ["桐川县工会第八次代表大会"]


def test_this_is_opens_no_name():
    out = found("台下职工听得津津有味。这是该矿工匠大讲堂活动的一个缩影。")
    assert all(not (a.name or "").startswith("这是") for a in out)


# --- visits told again ----------------------------------------------------------------

VISITS = "昨天，桐川县总工会走访了桐川县消防大队、河口镇派出所，为一线职工送去问候。"


def test_what_happened_during_the_visits_already_read_is_no_new_visit():
    out = found(VISITS, "在走访慰问期间，工会还为坚守岗位的职工送去了米、面、油。")
    assert [a.place for a in out] == ["桐川县消防大队", "河口镇派出所"]


def test_a_visit_named_as_the_means_of_giving_is_no_new_visit():
    out = found(VISITS, "今年县总工会通过走访慰问和银行直发的方式发放慰问金30万元。")
    assert len(out) == 2


def test_those_a_visit_is_for_are_no_visit():
    assert found("“这三百多人，就是我们主要慰问的人群。”") == []


def test_the_totals_of_a_season_are_not_the_count_of_the_visit_already_read():
    out = found(
        "2月3日，县总工会主席叶知秋带领机关干部一行，对部分企业困难职工进行走访慰问。",
        "据统计，春节期间全县各级工会共走访慰问困难企业60多家，帮扶困难职工720人次。",
    )
    assert [a.category for a in out] == [Category.visit]
    assert out[0].participants is None
