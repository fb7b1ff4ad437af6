"""Participant counts (s45 actattr4): a yearbook's or a report's count set after the noun
it counts, in 个 (参赛班组28个, 参赛单位12个), was not read, 个 alone being no unit; the
tuning gold of real_dev7 counts such a labour contest in teams. The nouns are reviewed
data (``activities.yaml: units_before_count``): crews and sides count teams, units and
grassroots unions count organisations. Near misses: months counted in 个 (班组3个月) are
no count, and the counts already read (参赛队伍12支, 参赛企业36家) stay as they were.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _counts(text: str) -> list[tuple[int, str] | None]:
    return [
        (a.participants.count, a.participants.unit.value) if a.participants else None
        for a in find_activities([text])
    ]


def test_crews_counted_after_their_noun_are_teams():
    text = "4月至10月，厂工会在各车间开展“比安全、比节约”劳动竞赛，参赛班组31个。"
    assert _counts(text) == [(31, "teams")]


def test_units_counted_after_their_noun_are_organisations():
    text = "5月，县总工会举办全县职工象棋比赛，参赛单位14个。"
    assert _counts(text) == [(14, "organisations")]


def test_months_in_ge_are_no_count():
    text = "厂工会在各车间开展“比安全、比节约”劳动竞赛，竞赛为期3个月。"
    assert _counts(text) == [None]


def test_counts_with_their_own_unit_stay_as_they_were():
    assert _counts("5月，公司工会举办职工技能大赛，参赛队伍12支。") == [(12, "teams")]
