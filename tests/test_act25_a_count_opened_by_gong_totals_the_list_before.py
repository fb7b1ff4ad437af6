"""Counts, act25: a count opened by 共 after a list (16名乡镇工会主席、村级工会联合会主席等
学员共110人) totals what the list names, no further item of it: the total is the count,
not its sum with the first item; counts listed beside each other still add up. Sentences
written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _counts(text: str) -> list[int | None]:
    return [a.participants.count if a.participants else None for a in find_activities([text])]


def test_a_total_after_a_list_is_the_count() -> None:
    text = (
        "6月14日，青溪县总工会在县委党校举办乡镇工会干部培训班，"
        "全县16名乡镇工会主席、村级工会联合会主席等学员共110人参加培训。"
    )
    assert _counts(text) == [110]


def test_counts_listed_beside_each_other_add_up() -> None:
    text = "青溪县总工会举办迎春茶话会，职工100余人、家属50人参加。"
    assert _counts(text) == [150]
