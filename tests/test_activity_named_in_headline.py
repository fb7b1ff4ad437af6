"""An activity named only in its article's headline (issue 11), on pages written for
these tests (invented places, bodies and people): when the body tells of the event in
words naming none of their own (会上…, 当天…), the headline's name is the activity; a
body naming its own activity leaves the headline unread, and a headline of abstract work
names none."""

from __future__ import annotations

from gonghui_build.vocabulary import Category
from tests.conftest import page_facts


def activities(text: str) -> list[tuple[str | None, Category]]:
    return [(a.name, a.category) for a in page_facts(text).articles[0].activities]


def test_a_meeting_named_only_in_the_headline_is_the_articles_activity():
    page = (
        "东湖区总工会赴南州召开返乡务工者座谈会\n\n"
        "11月18日，东湖区总工会副主席林晓梅一行来到南州市。会上，大家畅谈在外务工的"
        "冷暖，林晓梅介绍了家乡的新变化。\n"
    )
    assert activities(page) == [("返乡务工者座谈会", Category.meeting)]


def test_a_talk_tour_named_in_the_headline_is_read_when_the_body_says_only_the_talk():
    page = (
        "青川县劳模事迹巡回报告会走进南州\n\n"
        "5月6日上午，原定九点开始的报告会，八点半就座无虚席。听众们说，劳模的故事"
        "就在身边。\n"
    )
    assert activities(page) == [("青川县劳模事迹巡回报告会", Category.lecture)]


def test_a_body_naming_its_own_activity_leaves_the_headline_unread():
    page = (
        "东湖区总工会举办职工篮球赛\n\n"
        "5月3日，东湖区总工会在区体育馆举办2024年东湖区职工篮球赛，12支队伍参赛。\n"
    )
    assert activities(page) == [("2024年东湖区职工篮球赛", Category.competition)]


def test_a_headline_of_abstract_work_names_no_activity():
    page = (
        "东湖区总工会扎实做好服务职工工作\n\n"
        "今年以来，东湖区总工会坚持把职工冷暖放在心上，办好一件件实事。\n"
    )
    assert activities(page) == []


def reported(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [
        (a.name, a.place, a.participants.count if a.participants else None)
        for a in page_facts(text).articles[0].activities
    ]


def test_a_dated_lead_reporting_the_headlines_event_gives_its_place_and_count():
    page = (
        "东湖区总工会召开返乡务工者座谈会\n\n"
        "本报讯 11月18日，东湖区总工会副主席林晓梅一行赴南州市，与30余名在外务工人员"
        "面对面交流。会上，大家畅谈在外务工的冷暖。\n"
    )
    assert reported(page) == [("返乡务工者座谈会", "南州市", 30)]


def test_a_lead_summing_up_a_years_work_gives_the_headlines_event_nothing():
    page = (
        "东湖区总工会召开返乡务工者座谈会\n\n"
        "本报讯 今年以来，东湖区总工会在南州市为职工办实事120件，5000名职工从中受益。"
        "会上，大家畅谈在外务工的冷暖。\n"
    )
    assert reported(page) == [("返乡务工者座谈会", None, None)]


def test_a_lead_opening_on_the_weather_gives_the_count_its_next_sentence_reports():
    page = (
        "东湖区总工会开展暖冬专项行动\n\n"
        "本报讯 近日，南州连降大雪。东湖区总工会工作人员走上街头，为200余名快递员"
        "送上热饮。\n"
    )
    assert reported(page) == [("暖冬专项行动", None, 200)]


def test_a_dated_lead_gives_place_and_count_in_a_feature_under_a_reporters_byline():
    page = (
        "东湖区总工会召开返乡务工者座谈会\n\n"
        "本报记者 周明远\n\n"
        "11月18日，东湖区总工会副主席林晓梅一行赴南州市，与30余名在外务工人员面对面"
        "交流。会上，大家畅谈在外务工的冷暖。\n"
    )
    assert reported(page) == [("返乡务工者座谈会", "南州市", 30)]
