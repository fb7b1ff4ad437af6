"""Activities, act27: a month of services or of law-spreading printed without 活动
(“安康”服务月, 职工普法宣传月) is a campaign; with 活动 its name runs on to 活动.
Sentences written for these tests (invented unions and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.mentions import mentions
from gonghui_build.vocabulary import Category


def _found(text: str) -> list[tuple[str, Category]]:
    return [(text[m.start : m.end], m.category) for m in mentions(text, 0, len(text))]


def test_a_month_of_services_is_a_campaign() -> None:
    assert _found("青溪县总工会“安康”服务月正式启动。") == [
        ("青溪县总工会“安康”服务月", Category.campaign)
    ]


def test_a_month_named_with_its_activity_word_runs_on_to_it() -> None:
    assert _found("开展“安康”服务月活动。") == [("“安康”服务月活动", Category.campaign)]
