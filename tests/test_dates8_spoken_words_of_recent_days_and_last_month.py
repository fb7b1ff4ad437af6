"""前几天, 前些天, 前些日子 (recent days, said the spoken way) date what was held as 日前
does, by the month of publication; 上个月 as 上月, the month before it, a day after it
(上个月12日) in that month. As a workers' daily's features and union officers' words
quoted in news tell them; invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import resolve
from tests.conftest import printed


def starts(paragraph: str, published: str = "2023-09-20") -> list[str | None]:
    return [
        resolve(a.date, printed(published)).start if a.date else None
        for a in find_activities([paragraph])
    ]


def test_a_few_days_ago_is_the_month_of_publication():
    assert starts("前几天，青禾县总工会举办职工职业技能大赛。") == ["2023-09"]
    assert starts("前些日子，厂工会组织职工开展健步走活动。") == ["2023-09"]


def test_last_month_said_in_full_is_the_month_before():
    assert starts("上个月，青禾县总工会举办职工职业技能大赛。") == ["2023-08"]
    assert starts("上个月12日，厂工会组织职工开展健步走活动。") == ["2023-08-12"]


def test_last_month_in_a_january_paper_is_last_december():
    got = starts("上个月，青禾县总工会举办职工职业技能大赛。", "2024-01-10")
    assert got == ["2023-12"]
