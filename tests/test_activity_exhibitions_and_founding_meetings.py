"""Activities of real pages, s19 (issue 11): exhibitions named for what they show
(图片展, 风采展, 成就展) are events of kind other, as 摄影展 and 书画展 are; the same
words inside a verb (图片展示了…, 风采展示) are no exhibition. Sentences written for
these tests (invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("5月2日，青禾区总工会在区职工活动中心举办了职工风采图片展。", "职工风采图片展"),
        (
            "6月3日，由岚山市总工会主办的“匠心筑梦”劳模风采展在岚山市博物馆开幕。",
            "“匠心筑梦”劳模风采展",
        ),
        ("9月8日，松原市总工会举办的“奋进十年”工会成就展对外开放。", "“奋进十年”工会成就展"),
    ],
)
def test_an_exhibition_named_for_what_it_shows_is_an_event_of_kind_other(sentence, name):
    out = found(sentence)
    assert [(a.name, a.category) for a in out] == [(name, Category.other)]


def test_an_exhibition_opening_at_a_venue_is_placed_there():
    out = found("6月3日，由岚山市总工会主办的“匠心筑梦”劳模风采展在岚山市博物馆开幕。")
    assert [a.place for a in out] == ["岚山市博物馆"]


@pytest.mark.parametrize(
    "sentence",
    [
        "这本画册以大量图片展示了青禾区劳模的奋斗历程。",
        "晚会通过歌舞和朗诵，集中进行了岚山职工风采展示。",
        "这些作品反映了十年来的建设成就展现了职工的精神风貌。",
    ],
)
def test_the_words_of_an_exhibition_inside_a_verb_of_showing_are_no_activity(sentence):
    assert found(sentence) == []


def test_a_showing_programme_keeps_its_whole_name():
    out = found("青禾区总工会举办“巾帼逐梦”女职工风采展示活动。")
    assert [a.name for a in out] == ["“巾帼逐梦”女职工风采展示活动"]


# --- founding meetings -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "近日，青禾区快递从业人员联合工会成立大会在区职工服务中心举行。",
            "青禾区快递从业人员联合工会成立大会",
        ),
        (
            "6月10日，“岚山市家政行业工会联盟成立会议”在市委党校三楼会议室召开。",
            "“岚山市家政行业工会联盟成立会议”",
        ),
    ],
)
def test_a_unions_founding_meeting_is_named_with_the_union_it_founds(sentence, name):
    out = found(sentence)
    assert [(a.name, a.category) for a in out] == [(name, Category.meeting)]


@pytest.mark.parametrize(
    "sentence",
    [
        "青禾区总工会决定成立会议筹备组，负责筹备工作。",
        "会上，宣布成立大会主席团。",
    ],
)
def test_founding_a_committee_of_a_meeting_is_no_founding_meeting(sentence):
    assert [a.name for a in found(sentence) if "成立" in (a.name or "")] == []


# --- art galleries as venues -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "11月6日，岚山市第二届职工剪纸绘画作品展在市文化中心美术馆开展。",
            "市文化中心美术馆",
        ),
        ("12月2日，青禾区职工书画摄影展在区群众艺术馆开展。", "区群众艺术馆"),
    ],
)
def test_an_exhibition_opening_in_an_art_gallery_is_placed_there(sentence, place):
    assert [a.place for a in found(sentence)] == [place]


def test_a_teacher_from_an_art_gallery_gives_the_course_no_place():
    out = found("3月5日，区总工会举办书法培训班，特邀市美术馆馆长刘青为学员授课。")
    assert [a.place for a in out] == [None, None]
