"""Activities (s37): a show staged for an audience (为一线职工献上一场文艺演出, 为700多名职工送上
一场新春文艺演出) is named without the count of one round before it (一场) and without its
audience: 送上 and 呈上 are verbs of staging a show as 献上 is. The count still makes the
show one event, and the name's span still slices the text. Real pages of a Fujian city
union's New Year culture fair, a Yantai union's site show and a Xi'an new district's
workshop show are told so. Sentences written for these tests (invented names)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def found(text: str):
    return find_activities([text])


def test_a_show_offered_to_workers_is_named_without_its_count():
    text = "7月7日，青禾区总工会艺术团走进青禾建工三公司，为一线职工献上一场文艺演出。"
    [show] = found(text)
    assert show.name == "文艺演出"
    assert show.category == Category.other
    assert text[show.name_start :].startswith(show.name)


def test_a_show_sent_to_a_counted_audience_is_named_without_it():
    [show] = found("1月4日晚，青禾县总工会为700多名职工送上一场新春文艺演出。")
    assert show.name == "新春文艺演出"
    assert show.participants is not None and show.participants.count == 700


def test_a_quoted_dinner_of_one_round_keeps_its_quoted_name():
    [dinner] = found("街道总工会组织了一场“骑手团圆饭”。")
    assert dinner.name == "“骑手团圆饭”"


def test_a_quoted_show_before_a_feast_for_the_senses_stays_the_show():
    out = found("5月1日，桐溪区总工会举办“劳动者之歌”文艺演出，为职工献上一场视听盛宴。")
    assert [a.name for a in out] == ["“劳动者之歌”文艺演出"]


def test_a_greeting_sent_is_still_no_activity():
    assert found("新春佳节之际，青禾市总工会为全市职工送上新春祝福。") == []


def test_a_plain_show_staged_once_for_an_audience_is_one_show():
    [show] = found(
        "1月19日下午，青禾市总工会艺术团走进青禾港码头，为码头工人献上了一场精彩的慰问演出。"
    )
    assert (show.name, show.category) == ("慰问演出", Category.other)


def test_a_plain_show_a_union_holds_every_year_is_no_show():
    assert found("每年春节，青禾市总工会都会组织慰问演出。") == []
