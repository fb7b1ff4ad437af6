"""Activities, s31 (issue 11): a friendly match two units' unions play (篮球联谊赛) is a
competition, as 友谊赛 is, held at the venue before its verb; a friendship party
(联谊会) stays of kind other. Sentences written for these tests (invented unions and
places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_friendly_match_between_units_is_a_competition_at_its_venue():
    (found,) = find_activities(
        ["10月27日下午，青禾公司工会与柳河公司工会篮球联谊赛在青禾体育馆举行。"]
    )
    assert found.name.endswith("篮球联谊赛")
    assert found.category.value == "competition"
    assert found.place == "青禾体育馆"


def test_a_friendship_party_stays_of_kind_other():
    (found,) = find_activities(["12月30日，青禾公司工会举办迎新年青年职工联谊会。"])
    assert found.category.value == "other"
