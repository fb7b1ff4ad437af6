"""Activities, act30: a campaign named for its period, quoted, told as the subject of its
launch (某区总工会2024年职工书屋“读书季”在区职工之家启动, “安全月”正式启动) is a campaign,
as one launched by a verb before it (启动“读书季”) is; a quoted name that is no period
(“金牌工人”在某地启动 is read by its own rules or none), or a period with no launch after
it, is not read so. Sentences written for these tests (invented unions and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_quoted_season_launched_at_a_venue_is_a_campaign() -> None:
    found = find_activities(
        ["当天上午，青山区总工会2024年职工书屋“读书季”在区职工之家启动，80名职工参加。"]
    )
    assert [(d.category, "“读书季”" in (d.name or "")) for d in found] == [
        (Category.campaign, True)
    ]


def test_a_quoted_month_launched_formally_is_a_campaign() -> None:
    found = find_activities(["6月1日，青山区“安全生产宣传月”正式启动。"])
    assert [d.category for d in found] == [Category.campaign]


def test_a_quoted_season_not_launched_is_no_campaign() -> None:
    assert find_activities(["青山区的“读书季”深受职工欢迎。"]) == []
