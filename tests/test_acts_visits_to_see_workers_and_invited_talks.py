"""Activities of real pages, eighth pass (issue 11): a visit told by 看望 alone (某某到
某街道看望环卫工人) is a visit; a talk by an invited speaker told with no activity noun
(请来劳模某某给职工讲…, 邀请某某走进车间，为职工讲述…) is a session. One behaviour each,
on sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


def spans(text: str):
    return [(text[a.name_start : a.trigger_end], a.category) for a in found(text)]


# --- visits told by 看望 ----------------------------------------------------------------


def test_a_leader_going_to_a_place_to_see_workers_is_a_visit():
    text = "春节前，县委书记冯某某到青柳街道看望道班养护工人，向他们送去慰问品。"
    out = found(text)
    assert [(a.category, a.status) for a in out] == [(Category.visit, Status.held)]
    assert "看望道班养护工人" in text[out[0].name_start : out[0].trigger_end]


def test_families_taken_to_see_miners_at_work_is_a_visit():
    text = "除夕前，石岭煤矿工会组织井下职工家属到采区看望坚守岗位的矿工，给他们送去了汤圆。"
    assert [c for _, c in spans(text)] == [Category.visit]


def test_a_delegation_seeing_and_comforting_workers_is_one_visit():
    text = "7月9日，溪桥县总工会主席许某某带领县总工会一行看望慰问酷暑中仍在赶工的筑路工人。"
    assert [c for _, c in spans(text)] == [Category.visit]


# --- talks by invited speakers ------------------------------------------------------------


def test_a_model_worker_invited_to_talk_to_the_staff_is_a_session():
    text = "车队工会请来全国劳动模范常某某给我们讲安全驾驶礼仪，还组织了“平安出行”知识竞赛。"
    out = spans(text)
    assert out[0] == ("请来全国劳动模范常某某给我们讲安全驾驶礼仪", Category.lecture)
    assert [c for _, c in out[1:]] == [Category.competition]


def test_a_professor_invited_to_give_a_language_class_is_a_session():
    text = "我们还请来青湾大学邹某教授给职工志愿者上俄语课，已经办了六期。"
    assert spans(text) == [("请来青湾大学邹某教授给职工志愿者上俄语课", Category.lecture)]


def test_a_doctor_invited_to_talk_on_a_subject_is_a_session():
    text = "厂工会请市中心医院医生贺某某讲女工劳动保护。"
    assert [c for _, c in spans(text)] == [Category.lecture]


def test_a_model_worker_taken_to_a_team_to_tell_her_story_is_a_session():
    text = "5月8日，旗总工会还邀请全国劳动模范乌某某走进金川煤业掘进二队，为九十余名一线职工讲述她扎根矿区的故事。"
    out = found(text)
    assert [a.category for a in out] == [Category.lecture]
    assert text[out[0].name_start :].startswith("邀请全国劳动模范乌某某走进金川煤业掘进二队")


def test_a_leader_invited_to_give_a_speech_is_no_session():
    assert found("会议邀请市委副书记某某出席并讲话。") == []


def test_a_lecture_by_an_invited_expert_is_the_lecture_once():
    text = "区总工会邀请心理专家为快递员举办心理健康讲座。"
    assert [c for _, c in spans(text)] == [Category.lecture]


def test_a_reporter_asking_someone_to_talk_is_no_session():
    assert found("记者请车间主任邱某某讲讲他的体会。") == []


def test_a_bare_request_to_a_person_without_a_title_is_no_session():
    assert found("班组长请老邱讲女工卫生保健。") == []


# --- attending an event is no visit ----------------------------------------------------------


def test_leaders_present_to_see_the_trainees_make_no_visit():
    assert found("区总工会主席某某、副主席某某到场看望学员。") == []


def test_a_leader_present_to_watch_and_give_prizes_makes_no_visit():
    assert found("开发区总工会副主席某某到场观摩并为获奖选手颁奖。") == []


# --- gifts a union takes to a group --------------------------------------------------------


def test_goods_a_union_takes_to_a_group_are_an_event():
    text = "5月2日，青溪市临江区总工会为坚守岗位的护林员送去节日慰问品。"
    out = found(text)
    assert [(a.category, a.status) for a in out] == [(Category.other, Status.held)]
    assert text[out[0].name_start : out[0].trigger_end] == "为坚守岗位的护林员送去节日慰问品"


def test_goods_given_to_a_counted_group_are_an_event():
    text = "▲柳湾街道总工会日前为辖区60名快递员赠送遮阳帽和藿香正气水。"
    assert [a.category for a in found(text)] == [Category.other]


def test_aid_money_a_union_takes_to_a_group_is_no_event():
    assert found("区总工会为困难职工送去慰问金十二万元。") == []


def test_goods_taken_on_a_visit_are_that_visit():
    text = "7月3日，县总工会一行来到某建筑工地慰问一线职工，为他们送去绿豆汤和毛巾。"
    assert [a.category for a in found(text)] == [Category.visit]


def test_a_greeting_a_union_sends_a_group_is_no_event():
    assert found("市总工会为全市职工送上新春祝福。") == []
    assert found("区总工会还为一线职工送去了温暖。") == []
