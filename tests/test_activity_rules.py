"""The rules that read activities, one behaviour each, on sentences written for these
tests in the paper's style (invented names and places, not the seeds' sentences)."""

from __future__ import annotations

import pyarrow.parquet as pq

from gonghui_build.extract.activities.finding import find_activities
from tests.built import built_activities, built_organisation_names


def one(*paragraphs: str):
    found = find_activities(list(paragraphs))
    assert len(found) == 1, [(a.name, a.category) for a in found]
    return found[0]


def names(*paragraphs: str) -> list[str | None]:
    return [a.name for a in find_activities(list(paragraphs))]


def test_a_held_lecture_with_its_count_date_and_place():
    a = one("11月5日，海淀区总工会在区职工之家举办职工心理健康讲座，近200名职工参加。")
    assert (a.name, a.category, a.status) == ("职工心理健康讲座", "lecture", "held")
    assert (a.participants.count, a.participants.unit, a.participants.qualifier) == (
        200,
        "people",
        "about",
    )
    assert (a.date.month, a.date.day) == (11, 5)
    assert a.place == "区职工之家"


def test_a_plan_is_planned():
    a = one("要积极开展“金秋助学”专项行动，确保困难职工子女顺利入学。")
    assert (a.category, a.status) == ("campaign", "planned")


def test_a_programme_that_runs_is_ongoing():
    a = one("目前，“职工书屋”建设活动正稳步推进。")
    assert a.status == "ongoing"


def test_units_taking_part_are_counted_as_organisations():
    a = one("今年，全区30余家企业参加了“安全生产月”知识竞赛。")
    assert (a.participants.count, a.participants.unit, a.participants.qualifier) == (
        30,
        "organisations",
        "more_than",
    )


def test_an_indefinite_one_is_no_count():
    a = one("近日，街道总工会联合一家社区医院举办“健康进工地”义诊活动，服务职工80余人。")
    assert (a.participants.count, a.participants.unit) == (80, "people")


def test_a_sum_of_money_is_no_attendance():
    a = one("春节前，区总工会开展送温暖活动，发放慰问金50万元。")
    assert a.participants is None


def test_duration_in_days():
    a = one("3月，区总工会举办了为期5天的工会财务人员培训班。")
    assert (a.category, a.duration_days) == ("training", 5)


def test_a_lecture_inside_a_course_has_the_course_as_parent():
    found = find_activities(
        [
            "3月2日至6日，朝阳区总工会举办2020年基层工会主席培训班，120余名工会主席参加培训。",
            "培训期间，区委党校教授作了题为“工会经费管理”的专题辅导。",
        ]
    )
    course, talk = found
    assert course.category == "training" and talk.category == "lecture"
    assert talk.parent == 0


def test_a_talk_given_under_a_title_is_named_by_it():
    a = one("区委党校副教授以“工会法修改要点”为题作专题讲座。")
    assert a.name == "“工会法修改要点”"


def test_a_programme_cited_as_a_directive_is_background():
    assert names("为认真落实市总工会深入开展“职工技能提升年”活动的要求，区总工会召开推进会。") == [
        "推进会"
    ]


def test_a_group_going_to_a_site_is_a_visit():
    a = one("随后，学员们来到焦庄户地道战遗址纪念馆，接受革命传统教育。")
    assert a.category == "visit"


def test_going_to_a_site_to_do_something_else_is_only_its_place():
    a = one("近日，区总工会组织20名职工志愿者走进阳光养老中心，开展“温暖夕阳”志愿服务活动。")
    assert a.category == "volunteering"


def test_what_the_team_of_a_visit_does_is_that_visit():
    found = find_activities(
        [
            "5月8日，市总工会副主席一行到怀柔区调研职工服务站建设。"
            "调研组先后走访了两家企业和一个社区服务站。"
        ]
    )
    assert [a.category for a in found] == ["visit"]
    assert len(found[0].mentions) >= 1


def test_a_quotation_opening_on_a_trigger_is_no_new_activity():
    found = find_activities(
        [
            "今年，集团工会举办“匠心杯”职工技能竞赛。",
            "“竞赛不是目的，而是让大家有奔头。”集团工会主席说。",
        ]
    )
    assert [a.name for a in found] == ["“匠心杯”职工技能竞赛"]


def test_taking_part_in_an_activity_already_reported_is_no_new_one():
    found = find_activities(
        [
            "9月，县总工会举办首届“巧手杯”家政技能大赛，40名选手同台竞技。",
            "一名选手说，自己参加比赛就是想学点新手艺。",
        ]
    )
    assert len(found) == 1


def test_timeline_dates_and_time_of_day_reach_the_table(pages_dir, tmp_path):
    from gonghui_build.pipeline import run

    (pages_dir / "p.txt").write_text(
        "区总工会举办劳模宣讲会\n\n"
        "本报讯（记者 甄文）2019年4月18日上午，丰台区总工会在区文化宫举办劳模宣讲会，"
        "近300名职工聆听宣讲。\n",
        encoding="utf-8",
    )
    run(pages_dir, tmp_path / "out")
    (row,) = pq.read_table(tmp_path / "out" / "activities.parquet").to_pylist()
    assert (row["start_date"], row["start_date_precision"], row["time_of_day"]) == (
        "2019-04-18",
        "day",
        "morning",
    )
    assert (row["date_text"], row["date_basis"]) == ("2019年4月18日上午", "explicit")
    assert (row["participants"], row["participants_qualifier"]) == (300, "about")
    assert row["organiser_id"] is not None


def test_a_round_of_a_competition_is_part_of_it():
    found = find_activities(
        [
            "5月至10月，县总工会举办第五届职工职业技能竞赛，全县900余名职工报名参赛。",
            "9月18日，焊工决赛在开发区举行，28名选手同台比拼。",
        ]
    )
    contest, final = found
    assert final.parent == 0 and contest.category == final.category == "competition"


def test_the_counts_of_a_following_sentence_of_contest_go_to_the_activity():
    a = one(
        "日前，由顺义区总工会主办的2021年顺义区职工乒乓球比赛落下帷幕。"
        "经过为期3天的激烈角逐，来自全区的28支代表队决出了名次。"
    )
    assert (a.participants.count, a.participants.unit, a.duration_days) == (28, "teams", 3)


def test_a_later_sentence_gives_the_end_of_a_running_programme():
    found = find_activities(
        [
            "自11月中旬启动“暖心冬日”行动以来，镇总工会已走访户外作业点20个。",
            "镇总工会主席说，“暖心冬日”行动将持续到明年2月底。",
        ]
    )
    (a,) = found
    assert a.status == "ongoing"
    assert (a.date.month, a.date.end_month, a.date.end_relative_year) == (11, 2, 1)


def test_a_bare_day_takes_the_month_last_named_before_it():
    found = find_activities(
        [
            "7月14日至18日，县总工会在县委党校举办全县基层工会主席培训班，160名工会主席参加培训。",
            "16日下午，培训班特邀专家作《工会法》专题辅导。",
        ]
    )
    talk = found[-1]
    assert (talk.date.month, talk.date.day, talk.date.month_from_context) == (7, 16, True)


def test_a_comparison_year_is_not_the_activitys_date():
    a = one("公司第一次召开了职工代表大会，职工流失率比去年下降了一半。")
    assert a.date is None


def test_programmes_under_a_quoted_name():
    assert names("县总工会还与职业学院合作，实施“职工学历提升计划”。") == ["“职工学历提升计划”"]
    a = one("近年来，“金蓝领”高技能人才培育工程正稳步推进，已培训职工千余人次。")
    assert (a.name, a.status) == ("“金蓝领”高技能人才培育工程", "ongoing")


def test_a_lecture_on_a_document_and_a_talk_under_a_title():
    found = find_activities(
        [
            "1日上午，市工会干部学院教授为学员讲授新修改的《工会法》；"
            "2日，公司工会主席以“企业工会怎么干”为题，为学员讲授专题党课。"
        ]
    )
    assert [a.category for a in found] == ["lecture", "lecture"]
    assert found[1].name == "“企业工会怎么干”"


def test_visits_that_make_up_a_campaign_are_part_of_it():
    found = find_activities(
        [
            "1月6日至24日，县总工会开展“两节”送温暖活动，领导班子成员带队，"
            "走访慰问困难职工1260名。",
            "活动期间，工会干部分片包干、逐户走访。",
        ]
    )
    (a,) = found
    assert a.category == "campaign" and a.participants.count == 1260


def test_a_verb_use_of_action_is_no_activity():
    assert names("党的二十大胜利闭幕后，区总工会迅速行动，把大会精神送到职工身边。") == []


def test_the_reporting_itself_is_no_visit():
    assert names("近日，记者走进部分企业，听工会主席谈体会。") == []


def test_a_guests_institution_does_not_organise_the_talk(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "区总工会举办培训班\n\n"
        "本报讯（记者 甄文）2021年6月7日至11日，延庆区总工会在区委党校举办基层工会主席培训班，"
        "120名工会主席参加。6月8日，北京市工会干部学院副教授蔺婉青以“工会经费管理”为题"
        "作专题辅导。\n",
    )
    orgs = built_organisation_names(tmp_path)
    talk = next(r for r in rows if r["category"] == "lecture")
    course = next(r for r in rows if r["category"] == "training")
    assert orgs[course["organiser_id"]] == "延庆区总工会"
    assert talk["parent_activity_id"] == course["activity_id"]
    assert orgs[talk["organiser_id"]] == "延庆区总工会"


def test_an_inherited_date_keeps_its_time_of_day():
    """A held activity whose sentence gives no date takes the last date of the sentence
    before, all of it: 4月10日上午 stays a morning."""
    found = find_activities(["今年4月10日上午，街道新增22名社工。“我们举办了职工心理健康讲座。”"])
    (talk,) = found
    assert talk.date is not None
    assert (talk.date.month, talk.date.day, talk.date.part) == (4, 10, "上午")


def test_an_inherited_time_of_day_reaches_the_table(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "街道工会服务站开门迎客\n\n"
        "本报讯（记者 甄文）2020年4月10日上午，和义街道新增22名社工。"
        "“我们举办了职工心理健康讲座。”\n",
    )
    talk = next(r for r in rows if r["category"] == "lecture")
    assert (talk["start_date"], talk["time_of_day"]) == ("2020-04-10", "morning")
