"""Dates and places of activities, session 34 (issue 11, acts19). A programme launched
on a day counted from publication (近日, 昨天) keeps the end it is said to run to
(…活动，活动将持续到6月底); a day after a relative month (本月8日) is that day; “三八”期间
is March; a plan with no date of its own is dated by the article's year; a subject's
next clause may open its date with 于 (…展览，于本月8日在某文化宫开幕); 开通 holds a
service at a place. Shapes read on real pages (unions' campaigns and touring shows
announced with the day they end, contests and exhibitions opened at a venue, hotlines
opened) and in the tuning sets; sentences written for these tests (invented bodies and
places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import resolve
from tests.built import built_activities
from tests.test_activity_dates_real_shapes import printed


def _dates(sentence: str, published: str) -> list[tuple[str | None, str | None]]:
    out = []
    for draft in find_activities([sentence]):
        if draft.date is None:
            out.append((None, None))
            continue
        r = resolve(draft.date, printed(published))
        out.append((r.start, r.end))
    return out


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        pytest.param(
            "桐溪区总工会近日启动2024年“送法进园区”服务活动，活动将持续到6月底。",
            "2024-04-12",
            [("2024-04", "2024-06")],
            id="a_campaign_launched_recently_keeps_the_end_it_runs_to",
        ),
        pytest.param(
            "昨天，南岭市总工会启动“冬日暖心”关爱行动，行动将持续到明年2月底。",
            "2023-11-20",
            [("2023-11-19", "2024-02")],
            id="a_campaign_launched_yesterday_runs_into_next_year",
        ),
        pytest.param(
            "桐溪区总工会近日启动2024年“送法进园区”服务活动，为园区职工提供法律咨询。",
            "2024-04-12",
            [("2024-04", None)],
            id="a_campaign_launched_recently_with_no_end_has_none",
        ),
        pytest.param(
            "本报讯 本月8日，南岭市总工会在市工人文化宫举办职工书画作品展览。",
            "2023-09-12",
            [("2023-09-08", None)],
            id="a_day_after_this_month_is_that_day_of_the_month_printed",
        ),
        pytest.param(
            "上月20日下午，东湖区总工会召开基层工会主席座谈会。",
            "2024-01-05",
            [("2023-12-20", None)],
            id="a_day_after_last_month_is_that_day_of_the_month_before",
        ),
        pytest.param(
            "本月中旬，东湖区总工会召开基层工会主席座谈会。",
            "2024-01-25",
            [("2024-01", None)],
            id="this_month_with_no_day_stays_the_month",
        ),
        pytest.param(
            "“三八”期间，东湖区总工会举办女职工健康讲座。",
            "2023-03-20",
            [("2023-03", None)],
            id="the_days_around_a_quoted_womens_day_are_its_month",
        ),
        pytest.param(
            "东湖区总工会为荣获“三八”红旗手称号的女职工举办座谈会。",
            "2023-03-20",
            [(None, None)],
            id="a_quoted_womens_day_in_an_honour_is_no_date",
        ),
    ],
)
def test_the_dates_an_activity_is_read_with(sentence, published, expected):
    assert _dates(sentence, published) == expected


def _place(sentence: str, key: str) -> str | None:
    found = [a for a in find_activities([sentence]) if key in a.name]
    assert found, sentence
    return found[0].place


@pytest.mark.parametrize(
    ("sentence", "key", "place"),
    [
        pytest.param(
            "南岭市第三届职工书画作品展览，于本月8日在市工人文化宫开幕，展期十天。",
            "展览",
            "市工人文化宫",
            id="a_place_after_a_dated_clause_opened_by_yu_is_the_events",
        ),
        pytest.param(
            "南岭市第三届职工书画作品展览，于全市职工中征集作品后在市工人文化宫开幕。",
            "展览",
            None,
            id="a_clause_opened_by_yu_with_no_date_gives_no_place",
        ),
        pytest.param(
            "南城市总工会近日在东湖区开通职工法律援助热线，由六名专职律师轮流值班。",
            "热线",
            "东湖区",
            id="a_hotline_opened_in_a_district_is_there",
        ),
        pytest.param(
            "南城市总工会近日开通职工法律援助热线，由六名专职律师轮流值班。",
            "热线",
            None,
            id="a_hotline_opened_with_no_place_has_none",
        ),
    ],
)
def test_the_place_an_activity_is_read_with(sentence, key, place):
    assert _place(sentence, key) == place


def test_a_plan_with_no_date_of_its_own_is_dated_by_the_articles_year(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "南岭市总工会部署五一工作\n\n"
        "本报讯 南岭市总工会将联合市人社局举办“五一”专场招聘会，为农民工提供就业岗位。\n\n"
        "南岭日报 2021年04月12日 星期一\n",
    )
    assert [(r["status"], r["start_date"]) for r in rows] == [("planned", "2021")]


def test_a_plan_dated_next_year_keeps_its_own_year(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "南岭市总工会部署明年工作\n\n"
        "本报讯 南岭市总工会将于明年举办第五届职工职业技能大赛。\n\n"
        "南岭日报 2021年12月12日 星期日\n",
    )
    assert [(r["status"], r["start_date"]) for r in rows] == [("planned", "2022")]
