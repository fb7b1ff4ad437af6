"""Activities' attributes on real-page shapes, sixth pass (issue 11): the series an
activity is said to be part of (…是某系列活动之一, 这是…的一部分, …的第一场) and the parts a
sentence opening inside a series reports (其间, 其中); a venue numbered by an ordinal;
a duration of days and a half; a campaign reported on a day gone by (近日) was held;
the attendances counted when no people are; teams of a kind (个合唱队); the count of a
sentence where those taking part gather (欢聚一堂); a lunar holiday named by its kind
(端午传统节日来临之际). One behaviour each, on sentences written for these tests
(invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.attributes import duration
from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.participant_counts import count
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.vocabulary import Category, Status, Unit
from tests.built import built_activities


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


# --- parents: the series an activity belongs to ------------------------------------------

CONTEST = (
    "日前，由青溪市总工会主办的2022年青溪市“巧手杯”面点职业技能大赛在青溪市工人文化宫举行，"
    "十支代表队共三十名厨师参赛。"
)


def test_an_activity_named_again_as_one_of_a_series_is_part_of_it():
    out = found(CONTEST, "本次大赛是青溪市总工会“技能兴业”系列活动之一。")
    series = next(i for i, a in enumerate(out) if "技能兴业" in a.name)
    assert out[0].category == Category.competition
    assert out[0].parent == series
    assert out[series].parent is None


@pytest.mark.parametrize(
    ("paragraphs", "series_word"),
    [
        # the subject names the activity again: 健步走 of …职工健步走活动
        (
            (
                "4月9日上午，石岭区总工会“迎春健步行”职工健步走活动在湖滨公园举行，全区近千名职工"
                "参加。",
                "据介绍，健步走是石岭区职工“四季百场”系列文体活动的第一场。",
            ),
            "四季百场",
        ),
        # the subject stands in the clause before 是
        (
            (
                "日前，青湖镇总工会在杏林社区举办“迎新春”职工联欢会。",
                "青湖镇此次联欢会，是白沙市总工会“温暖冬日”系列活动的第一场。",
            ),
            "温暖冬日",
        ),
    ],
)
def test_an_activity_said_to_open_a_series_is_its_first_part(paragraphs, series_word):
    out = found(*paragraphs)
    series = next(i for i, a in enumerate(out) if series_word in a.name)
    assert out[0].parent == series


def test_what_this_is_part_of_is_the_first_activity_of_the_paragraph_before():
    out = found(
        "5月8日至10日，某省总工会“送文化进基层”小分队走进云岭县的山区乡镇，为一线职工送去三场"
        "文艺演出。某副主席一行随队慰问。",
        "这是2023年某省总工会“送文化进基层”活动的一部分。",
    )
    series = next(i for i, a in enumerate(out) if a.category == Category.campaign)
    assert out[0].parent == series


def test_a_series_named_without_a_subject_before_it_takes_no_part():
    # no 是 frames the series: nothing is said to be part of it
    out = found(CONTEST, "青溪市总工会还将开展“技能兴业”系列活动。")
    assert all(a.parent is None for a in out)


def test_what_a_sentence_opening_inside_a_series_reports_is_part_of_it():
    out = found(
        "前天下午，某市总工会在市职工服务中心举行“暖心”女职工关爱季启动仪式。",
        "据悉，关爱季活动将持续至5月底。其间，市总工会将联合某医院为三千名女职工提供免费健康"
        "体检，并开设八期“女职工驿站”线上课堂。",
    )
    season = next(i for i, a in enumerate(out) if a.category == Category.campaign)
    parts = [a for a in out if a.status == Status.planned]
    assert len(parts) == 2
    assert all(a.parent == season for a in parts)


def test_a_sentence_opening_among_the_parts_of_a_series_reports_one():
    out = found(
        "据介绍，2022年全市工会“五一”系列活动共安排10项主题活动，持续到5月中旬。其中，4月26日"
        "至5月3日，市工人文化宫将举办“劳动最光荣”职工书画作品展。"
    )
    assert [a.parent for a in out] == [None, 0]


def test_a_sentence_opening_inside_with_no_series_named_near_takes_no_parent():
    out = found(
        "3月，某区总工会开展“春风送岗”活动。",
        "据悉，全区今年新建职工书屋十家。",
        "其中，4月8日，区总工会在区职工服务中心举办职工读书分享会。",
    )
    assert out[-1].parent is None


# --- places -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("由某市总工会主办的第5届职工长跑比赛在第三劳动者文化公园举行。", "第三劳动者文化公园"),
        ("3月8日，某区总工会在第三人民医院举办女职工健康讲座。", "第三人民医院"),
    ],
)
def test_a_venue_numbered_by_an_ordinal_is_placed_whole(sentence, place):
    assert [a.place for a in found(sentence)] == [place]


# --- durations ------------------------------------------------------------------------------


def test_a_duration_of_days_and_a_half_counts_the_half():
    assert duration("本次培训班为期两天半，邀请了专家授课。") == (2.5, "为期两天半")
    assert duration("培训为期三天。") == (3.0, "为期三天")


# --- status -----------------------------------------------------------------------------------


def test_a_campaign_reported_on_a_day_gone_by_was_held():
    out = found("近日，青禾社区工会在青禾户外劳动者驿站举办“端午送安康”活动。")
    assert [(a.category, a.status) for a in out] == [(Category.campaign, Status.held)]


def test_a_campaign_reported_over_days_up_to_now_still_runs():
    out = found("连日来，青禾区总工会开展“夏送清凉”活动，把防暑用品送到一线职工手中。")
    assert [a.status for a in out] == [Status.ongoing]


# --- participants ------------------------------------------------------------------------------


def test_attendances_count_an_activity_before_bodies_named_beside_them():
    sentence = "明年区总工会计划新建驿站二十家，并开设“骑手安全课堂”，预计培训八百人次。"
    _, quantity, unit, written = count(sentence, 0, len(sentence), Category.training)
    assert (quantity.value, unit, written) == (800, Unit.person_times, "八百人次")


def test_choirs_of_a_contest_are_counted_as_teams():
    sentence = "五家纺织企业工会日前联合举办第二届职工歌咏比赛，十二个合唱队参加了比赛。"
    _, quantity, unit, _ = count(sentence, 0, len(sentence), Category.competition)
    assert (quantity.value, unit) == (12, Unit.teams)


def test_those_gathering_at_an_activity_are_its_participants():
    out = found(
        "26日，由某省总工会和某市总工会联合举办的“温暖同行”留岗过年建设者年夜饭活动在青州举行。"
        "活动现场，400名坚守岗位的各行各业代表欢聚一堂。"
    )
    assert [(a.participants.count, a.participants.unit) for a in out] == [(400, Unit.people)]


# --- dates ----------------------------------------------------------------------------------------


def test_a_lunar_holiday_named_by_its_kind_dates_an_event():
    dates = find_dates("在2023年端午传统节日来临之际，某市总工会开展“粽香情”主题活动。")
    holiday = [d for d in dates if d.holiday]
    assert len(holiday) == 1
    assert holiday[0].lunar == (5, 5, 0) and holiday[0].eve


# --- sixth pass, second part: lists of places, series an article opens with, days ------


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # the places of those visited, closed by 的
        (
            "1月16日至20日，市总工会党组书记李青山带领慰问组，走访慰问青山区、白水区、东湖区的"
            "困难劳模和困难职工30户。",
            "青山区、白水区、东湖区",
        ),
        # closed by a count of those visited
        (
            "区总工会主席林海燕带队走访东坝街道、西湖街道8户困难职工家庭，送去助学金。",
            "东坝街道、西湖街道",
        ),
    ],
)
def test_a_list_of_places_closed_by_those_visited_is_the_visits_place(sentence, place):
    assert [a.place for a in found(sentence)] == [place]


def test_sites_listed_one_after_another_stay_a_visit_each():
    out = found("会后，一行参观了青山纪念馆、白水博物馆。")
    assert [a.place for a in out] == ["青山纪念馆", "白水博物馆"]


def test_a_campus_the_recogniser_cuts_after_a_name_is_placed_whole():
    out = found("7月11日，某市工会主席培训班在白鹭商学院长清校区举办。")
    assert [a.place for a in out] == ["白鹭商学院长清校区"]


SERIES = (
    "3月以来，青山区总工会以“巾帼建新功”为主题，开展健康讲座、技能比武等“三八”系列活动。",
    "3月4日，区总工会女职工委员会在区职工之家举办女职工健康讲座，一百余名女职工到场。",
    "3月7日，2023年青山区女职工家政技能比武在区职工服务中心举行，二十名选手参赛。",
)


def test_the_activities_after_the_series_an_article_opens_with_are_its_parts():
    out = found(*SERIES)
    assert out[0].category == Category.campaign
    assert [a.parent for a in out[1:]] == [0, 0]


def test_an_article_opening_with_one_campaign_of_no_series_keeps_its_activities_apart():
    out = found("3月，青山区总工会开展“送法进企业”活动。", *SERIES[1:])
    assert [a.parent for a in out[1:]] == [None, None]


FAIR = (
    "桐湾工会举办招聘洽谈会\n\n"
    "本报讯 3月16日，桐湾市总工会在市工人文化宫举办“春风行动”再就业洽谈会，三千余名下岗"
    "职工入场求职。\n\n"
    "洽谈会现场，市总工会还设立了“职工法律咨询台”，请律师为求职职工解答劳动合同方面的问题。\n\n"
    "桐湾日报 2019年03月18日 星期一\n"
)


def test_what_is_set_up_at_a_one_day_event_is_dated_that_day(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    rows = built_activities(pages, tmp_path, FAIR)
    by_id = {r["activity_id"]: r for r in rows}
    parts = [r for r in rows if r["parent_activity_id"]]
    assert parts, rows
    for r in parts:
        assert by_id[r["parent_activity_id"]]["start_date"] == "2019-03-16"
        assert r["start_date"] == "2019-03-16"


def test_the_first_of_people_and_attendances_counts_an_activity():
    # 人次 written first: those who came to the fair, not those hired at it
    sentence = (
        "三月十六日 青湖市总工会在市工人文化宫举办再就业洽谈会 九十多家企业进场招聘 "
        "当天入场求职的下岗职工达三千余人次 现场达成就业意向的有六百余人"
    )
    _, quantity, unit, _ = count(sentence, 0, len(sentence), Category.other)
    assert (quantity.value, unit) == (3000, Unit.person_times)


def test_an_activity_running_when_printed_is_dated_by_the_articles_year(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    rows = built_activities(
        pages,
        tmp_path,
        "青山区工会关爱快递小哥\n\n"
        "本报讯 青山区总工会持续开展“小哥暖心”行动，在全区设立爱心驿站，为快递员提供休息场所。\n\n"
        "青山日报 2023年05月12日 星期五\n",
    )
    running = [r for r in rows if r["status"] == "ongoing"]
    assert running, rows
    assert {r["start_date"] for r in running} == {"2023"}
