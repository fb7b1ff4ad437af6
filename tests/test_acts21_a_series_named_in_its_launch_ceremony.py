"""A series named in its launch ceremony and then spoken of again, session 35 (acts21).
…“乐业青禾”职工文化系列活动启动仪式在县文化广场举行。…介绍了系列活动安排。“乐业青禾”职工
文化系列活动是…重点工作之一: two activities, the ceremony and the series it launched
(named as the ceremony less 启动仪式), not one more row for each later mention of the
series (real_dev5's and real_dev2's gold keep the ceremony and the campaign both). A bare
活动 with no ceremony before it is left as it was. Shapes read on real pages (a county
union's essay prize-giving within its centenary series, a community's shared workers' home
launched with a show, a city union's free check-ups launched on a building site);
sentences written for these tests (invented bodies and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category

LAUNCH = "4月1日，青禾县总工会“乐业青禾”职工文化系列活动启动仪式在县文化广场举行。"
SERIES = "青禾县总工会“乐业青禾”职工文化系列活动"


def _rows(*paragraphs: str) -> list[tuple[str, Category]]:
    return [(d.name, d.category) for d in find_activities(list(paragraphs))]


def test_the_series_spoken_of_bare_after_its_launch_is_one_activity():
    rows = _rows(
        LAUNCH,
        "启动仪式上，县总工会副主席介绍了系列活动安排。",
        "“乐业青禾”职工文化系列活动是县总工会今年的重点工作之一。",
    )
    assert sorted(rows) == sorted(
        [(SERIES + "启动仪式", Category.other), (SERIES, Category.campaign)]
    )


def test_a_month_launched_is_named_by_its_ceremony():
    rows = _rows(
        "7月13日上午，江城市总工会“农民工维权服务月”启动仪式在某工地举行。",
        "服务月活动将持续到8月中旬。",
    )
    assert ("江城市总工会“农民工维权服务月”", Category.campaign) in rows


def test_a_ceremony_spoken_of_again_stays_one():
    rows = _rows(LAUNCH, "启动仪式上，县总工会副主席讲话。")
    assert rows == [(SERIES + "启动仪式", Category.other)]
