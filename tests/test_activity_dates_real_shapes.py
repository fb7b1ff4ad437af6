"""Dates of activities in the shapes real union-news pages print them (issue 11, third
pass): lunar festivals (春节前夕, 端午节前夕, 中秋期间) turned into their day of the
article's year, a day written beside a holiday winning over it, relative words in a news
item's opening sentence. Sentences written for these tests (invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import find_dates, resolve
from gonghui_build.extract.dates.resolve import lunar_day
from gonghui_build.vocabulary import Status
from tests.built import built_activities
from tests.conftest import printed


def only(text: str):
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("year", "lunar", "day"),
    [
        (2021, (1, 1, 0), "2021-02-12"),  # 春节
        (2022, (1, 1, -1), "2022-01-31"),  # 除夕: the day before
        (2025, (5, 5, 0), "2025-05-31"),  # 端午
        (2018, (8, 15, 0), "2018-09-24"),  # 中秋
    ],
)
def test_a_lunar_holiday_falls_on_its_day_of_the_year(year, lunar, day):
    assert lunar_day(year, lunar).isoformat() == day


def on(text: str, published: str, ahead: bool = False) -> tuple[str | None, str | None]:
    """The date and precision of the one date expression of ``text``, resolved against
    an article printed on ``published``."""
    r = resolve(only(text), printed(published), ahead=ahead)
    return r.start, r.start_precision


def test_a_lunar_festival_in_a_paper_printed_after_it_is_that_years():
    got = on("中秋节当天，桐湾街道总工会为值守的环卫工人送去月饼。", "2019-09-20")
    assert got == ("2019-09-13", "day")


def test_the_eve_of_a_lunar_festival_is_its_month():
    # a summer repost: 春节 was on 5 February
    assert on("春节前夕，柳塘区总工会走访慰问困难职工。", "2019-07-06") == ("2019-02", "month")


def test_the_eve_of_a_festival_still_to_come_is_before_the_paper_went_to_print():
    # 春节 2023 was on 22 January: visits reported on 10 January were made in January
    text = "新春佳节来临之际，柳塘区总工会赴三个乡镇走访慰问一线职工。"
    assert on(text, "2023-01-10") == ("2023-01", "month")


def test_a_festival_months_after_publication_is_last_years():
    # 中秋 2021 is in September: 2020's (1 October); the days around it (期间) its month
    assert on("中秋节期间，矿区工会组织职工联欢。", "2021-01-15") == ("2020-10", "month")


def test_a_planned_event_on_a_coming_festival_is_of_this_year():
    text = "端午节当天，区总工会将举办龙舟邀请赛。"
    assert on(text, "2024-05-20", ahead=True)[0] == "2024-06-10"


@pytest.mark.parametrize(
    "text",
    [
        "让困难职工都能过上一个祥和、欢乐的春节。",
        "响应“今年春节，我们一起在柳塘过年”的倡议。",
        "职工们一起做中秋月饼。",
    ],
)
def test_a_festival_named_bare_is_no_date(text):
    assert not [d for d in find_dates(text) if d.holiday]


def test_a_festival_eve_before_a_verb_is_a_date():
    d = only("公司工会在端午节前夕精心组织职工开展包粽子比赛。")
    assert d.lunar == (5, 5, 0) and d.eve


def test_five_one_going_somewhere_is_no_holiday():
    assert find_dates("代表团五一前往苍梧县交流。") == []


def test_a_day_written_beside_a_holiday_is_the_date_of_the_activity():
    out = find_activities(["4月26日，在“五一”劳动节来临之际，青禾县总工会举办第二届焊工技能比赛。"])
    assert len(out) == 1
    assert (out[0].date.month, out[0].date.day) == (4, 26)


def test_a_holiday_coming_is_shortly_before_it():
    d = only("“五一”劳动节来临之际，青禾县总工会表彰一线职工。")
    # shortly before the 1st of May is April (s40 acts43: real_dev6's gold, “五一”前夕 → April)
    assert (d.month, d.day, d.eve) == (4, None, True)


def test_a_festival_coming_is_no_plan():
    out = find_activities(
        ["中秋佳节将至，9月12日，桐湾社区工会联合会开展“月满桐湾”活动，为快递员送去月饼。"]
    )
    assert [a.status for a in out] == [Status.held]  # held on its day: not planned
    planned = find_activities(["桐湾社区工会联合会将开展“月满桐湾”活动。"])
    assert [a.status for a in planned] == [Status.planned]


def test_later_visits_of_a_news_item_opening_with_a_recent_word_take_its_month(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾工会慰问困难职工\n\n"
        "本报讯 通讯员柳一舟报道 近日，桐湾市总工会给全市困难职工送去了一份暖意。"
        "市总工会分三个慰问组，由领导带队深入开发区及乡镇，对困难职工进行慰问。\n\n"
        "桐湾日报 2019年01月25日 星期五\n",
    )
    assert rows and {r["start_date"] for r in rows} == {"2019-01"}
