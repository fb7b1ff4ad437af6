"""Activities (s37): a show on tour whose stop is told by its ordinal before the verb
of going (…文艺演出第五站走进某区, …慰问演出首站来到某工地) is the show going there itself,
as …文艺演出走进某公司 is, not the show and a visit besides; and a show staged for an
audience (为500余名职工献上一场文艺演出) is named without its audience. Real pages of a
Liaoning city union's weekend square shows, a Yantai union's site shows and a Chengdu
union's culture tours are told so. Sentences written for these tests (invented names)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def found(text: str):
    return find_activities([text])


def test_a_shows_fifth_stop_going_to_a_district_is_the_show_alone():
    out = found(
        "8月9日晚，青禾市总工会“工会在身边”送文化进基层文艺演出第五站走进邗江区，"
        "为500余名职工献上精彩节目。"
    )
    assert [a.category for a in out] == [Category.other]
    assert out[0].participants is not None and out[0].participants.count == 500


def test_a_shows_first_stop_at_a_works_site_is_no_visit():
    out = found("7月9日，青禾市总工会“清凉一夏”慰问演出首站来到城西快速通道项目工地。")
    assert Category.visit not in [a.category for a in out]


def test_a_group_going_after_a_show_is_still_a_visit():
    out = found("7月9日，青禾市总工会主席柏云舟一行来到城西快速通道项目工地，慰问一线职工。")
    assert [a.category for a in out] == [Category.visit]


def test_a_show_staged_for_an_audience_is_named_without_the_audience():
    out = found("8月9日晚，青禾市总工会在邗江区职工文化广场为500余名职工献上一场文艺演出。")
    assert len(out) == 1
    assert "职工" not in (out[0].name or "")
    assert out[0].participants is not None and out[0].participants.count == 500


def test_a_plain_show_at_its_stop_is_named_from_its_series():
    out = found(
        "8月9日晚，青禾市总工会“工会在身边”送文化进基层演出第五站走进邗江区，"
        "在邗江区职工文化广场为500余名职工献上一场文艺演出。"
    )
    assert [a.name for a in out] == ["青禾市总工会“工会在身边”送文化进基层演出"]
    assert out[0].titled  # a name a reader would use, kept in the published row
    assert out[0].participants is not None and out[0].participants.count == 500


def test_a_show_on_stage_with_no_stop_is_no_show_of_its_own():
    out = found("8月9日晚，青禾市职工艺术团的演员们登台演出，赢得阵阵掌声。")
    assert out == []
