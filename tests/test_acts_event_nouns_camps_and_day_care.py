"""Event words of real union news the activity vocabulary lacked (issue 11, session 17):
a children's summer camp, a holiday day-care class. One behaviour each, on sentences
written for these tests (invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("7月12日，柳湾区总工会在区职工之家开办暑期托管班。", "暑期托管班"),
        ("桐川县总工会今年将在暑期开设职工子女托管班十二个。", "职工子女托管班"),
        ("7月3日，石坪街道总工会开办新业态职工子女暑托班。", "新业态职工子女暑托班"),
        ("8月2日至6日，桐川县总工会举办“童心筑梦”职工子女夏令营。", "“童心筑梦”职工子女夏令营"),
    ],
)
def test_a_camp_or_day_care_class_for_workers_children_is_an_event(sentence, name):
    assert [(a.name, a.category) for a in found(sentence)] == [(name, Category.other)]


def test_a_sentence_from_inside_the_camp_is_no_second_camp():
    acts = found("8月2日，桐川县总工会举办职工子女夏令营。夏令营期间，营员们参观了县科技馆。")
    assert [a.name for a in acts].count("职工子女夏令营") == 1


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("3月5日，柳湾区总工会在区职工之家举办职工象棋赛。", "职工象棋赛", Category.competition),
        ("4月2日，桐川县总工会举办第三届职工围棋赛。", "第三届职工围棋赛", Category.competition),
        (
            "5月9日，桐川县总工会举办2023桐川半程马拉松。",
            "2023桐川半程马拉松",
            Category.competition,
        ),
        (
            "11月4日，柳湾区机关工会带四十名干部进山开展户外拓展训练。",
            "户外拓展训练",
            Category.training,
        ),
        ("6月28日，石坪镇工会为18名职工举办集体生日会。", "集体生日会", Category.other),
        ("7月9日，桐川县总工会组织职工子女开展暑期研学活动。", "暑期研学活动", Category.other),
    ],
)
def test_contests_courses_and_gatherings_real_pages_name_are_events(sentence, name, kind):
    assert [(a.name, a.category) for a in found(sentence)] == [(name, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "其他县的马拉松爱好者也赶来参赛。",
        "选手们跑出了不言放弃的马拉松精神。",
        "营员们说，这次研学让他们交到了新朋友。",
    ],
)
def test_the_new_words_alone_or_qualifying_a_noun_name_no_event(sentence):
    assert found(sentence) == []


def test_a_live_streamed_job_fair_is_an_event_as_a_job_fair_is():
    acts = found("5月6日，柳湾区总工会举办线上直播带岗活动。")
    assert [(a.name, a.category) for a in acts] == [("线上直播带岗活动", Category.other)]
