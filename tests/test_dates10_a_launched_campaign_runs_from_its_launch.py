"""A campaign named by its launch ceremony and then told only by its run (服务月活动将持续
到8月中旬; 关爱季活动将持续至6月底, a sentence or a paragraph later) runs from the day
of its launch to the end the run gives; what it will do in the meantime (其间…) is
within it. As city unions' launch reports tell them; invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import resolve
from tests.conftest import printed


def spans(paragraphs: list[str], published: str) -> dict[str, tuple[str | None, str | None]]:
    found = find_activities(paragraphs)
    dated = {}
    for a in found:
        when = resolve(a.date, printed(published), ahead=True) if a.date else None
        dated[a.name] = (when.start, when.end) if when else (None, None)
    return dated


def test_a_campaign_told_by_its_run_starts_on_its_launch_day():
    got = spans(
        [
            "7月13日上午，青禾县总工会“职工维权服务月”启动仪式在某工地举行。县总工会副主席"
            "李某在仪式上介绍，服务月活动将持续到8月中旬。"
        ],
        "2023-07-14",
    )
    assert got["青禾县总工会“职工维权服务月”"] == ("2023-07-13", "2023-08")


def test_a_run_told_a_paragraph_later_starts_on_the_launch_told_the_day_before():
    got = spans(
        [
            "昨天下午，青禾市总工会在市职工服务中心举行“花开青禾”女职工关爱季启动仪式。",
            "据悉，关爱季活动将持续至6月底。",
        ],
        "2023-03-07",
    )
    assert got["“花开青禾”女职工关爱季"] == ("2023-03-06", "2023-06")
