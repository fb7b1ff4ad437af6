"""A campaign named for its period and launched with no head word after its name, session
36 (acts24): 启动2025年职工阅读季, 启动“职工健康体检季”，…, 启动第十个“农民工维权服务月”。
The season or month is the campaign (the tuning gold of real_dev11 reads 启动“职工健康
体检季” so); with no 活动 after it no trigger read it and the campaign was missed. Shapes
read on real pages (reading seasons and months launched by a post union, a district and
a city union, a safety month, a service month); sentences written for these tests
(invented bodies)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _rows(text: str) -> list[tuple[str | None, Category]]:
    return [(d.name, d.category) for d in find_activities([text])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("4月23日，南川区总工会启动2025年职工阅读季。", "2025年职工阅读季", id="year"),
        pytest.param(
            "4月23日，南川区总工会启动“书香南川”职工阅读季，全区职工书屋同步开放。",
            "“书香南川”职工阅读季",
            id="quoted_part_then_a_clause",
        ),
        pytest.param(
            "3月5日，桐溪区总工会启动“职工健康体检季”，今年将为职工免费体检。",
            "“职工健康体检季”",
            id="quoted_season",
        ),
        pytest.param(
            "1月10日，市总工会启动第十个“农民工维权服务月”。",
            "“农民工维权服务月”",
            id="the_editions_ordinal_is_no_part_of_the_name",
        ),
    ],
)
def test_a_season_or_month_launched_is_a_campaign(text, name):
    assert (name, Category.campaign) in _rows(text)


def test_a_launched_season_runs_on():
    found = find_activities(["4月23日，南川区总工会启动2025年职工阅读季。"])
    assert found[0].status.value == "ongoing"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("区总工会开展了为期一个月的安全检查，共排查隐患12处。", id="a_length_of_time"),
        pytest.param("区总工会每年都要举办两个月。", id="a_count_of_months"),
        pytest.param("4月23日，区总工会启动仪式在区图书馆举行。", id="no_period_word"),
    ],
)
def test_a_length_of_time_is_no_campaign(text):
    assert not any(n and n.endswith(("月", "季", "周")) for n, _ in _rows(text))


def test_a_quoted_month_with_its_head_is_read_once():
    rows = _rows("6月1日，区总工会启动“安全生产月”活动。")
    assert rows == [("“安全生产月”活动", Category.campaign)]
