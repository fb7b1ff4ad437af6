"""Activities found on real-page shapes (real_dev5, an enterprise union's year
summary): a verb acts on an unnamed activity across an attribute closed by 的 (举办电工、
钳工两个工种的技能比武; 参加为期三天的业务培训). Sentences written for these tests
(invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def _names(text: str) -> list[str | None]:
    return [d.name for d in find_activities([text], frozenset())]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("10月举办电工、钳工两个工种的职工技能比武，52名职工参加。", "职工技能比武"),
        ("组织15名车间工会主席到市工会干部学校参加为期两天的业务培训。", "业务培训"),
    ],
)
def test_a_verb_acts_on_an_activity_across_an_attribute_closed_by_de(sentence, name):
    assert name in _names(sentence)


def test_an_activity_qualifying_what_follows_it_is_still_no_activity():
    assert _names("要加强对参加培训的职工的管理。") == []
