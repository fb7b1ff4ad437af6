"""Activities of real pages, session 17 (issue 11): a visit told as a yearly practice is
no visit held; a kind of place alone (楼宇, 乡镇, 赛场) is no place. One behaviour each,
on sentences written for these tests (invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category
from tests.conftest import place_of_mention as _place


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


@pytest.mark.parametrize(
    "sentence",
    [
        "福利事业　1979年起，镇工会每年中秋前走访慰问退休老工人。",
        "桃溪街道工会给每位老劳模建了台账，逢年过节总会上门看望，平日也常来坐坐。",
        "厂工会每逢春节都去探望生病在家的老职工。",
    ],
)
def test_a_visit_told_as_a_yearly_practice_is_no_visit_held(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "1月9日，镇工会主席程立远走访慰问退休老工人。",
        "今年春节前，桃溪街道工会上门看望了六位老劳模。",
    ],
)
def test_a_visit_on_an_occasion_of_the_report_is_still_a_visit(sentence):
    assert [a.category for a in found(sentence)] == [Category.visit]


def test_a_quoted_programme_held_every_year_is_still_read():
    out = found("县总工会每年开展“冬日暖阳”走访慰问活动，今年共慰问困难职工八十户。")
    assert [a.name for a in out] == ["“冬日暖阳”走访慰问活动"]


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("下月起，镇工会将邀请律师走进楼宇开展劳动法讲座。", "劳动法讲座"),
        ("县总工会将组织优秀技工深入乡镇开展“技能送农家”巡回服务。", "巡回服务"),
        ("开幕当天，区工会还组织百余名学徒走进赛场观摩。", "观摩"),
        ("今年秋季，公司工会在全集团开展为期一个月的“清风”专项行动。", "专项行动"),
    ],
)
def test_a_kind_of_place_alone_is_no_place(sentence, mention):
    assert _place(sentence, mention) is None


def test_a_named_township_gone_to_is_still_the_place():
    sentence = "3月5日，县总工会组织志愿者深入柳河镇开展普法宣传。"
    assert _place(sentence, "普法宣传") == "柳河镇"


def test_the_autumn_school_aid_printed_bare_is_a_campaign():
    out = found("一年来，厂工会走访困难职工十二户；开展“金秋助学”，资助五名职工子女读大学。")
    assert [(a.name, a.category) for a in out if a.category == Category.campaign] == [
        ("“金秋助学”", Category.campaign)
    ]
