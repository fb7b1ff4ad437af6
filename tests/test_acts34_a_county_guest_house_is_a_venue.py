"""Places of activities, session 38 (acts34), on sentences written for this test
(invented counties and events) in the shape of old county papers and gazetteers: a
county's or a works' guest house (县招待所, 某厂招待所) is where county unions held their
congresses, prize-givings and courses; the recogniser reads no entity in the name and no
venue noun ended it, so the place was lost (the tuning gold of real_dev3 places a 1985
prize-giving at 县招待所).

Near miss: a guest house only mentioned as what a union runs or builds (兴办招待所) is no
place of the meeting told after it."""

from __future__ import annotations

import pytest

from tests.conftest import place_of_mention as _place


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        pytest.param(
            "1985年12月，县总工会在县招待所召开全县职工之家建设表彰大会。",
            "全县职工之家建设表彰大会",
            "县招待所",
            id="a_county_prize_giving",
        ),
        pytest.param(
            "1991年4月，厂工会在厂招待所举办班组长培训班，学员46人。",
            "班组长培训班",
            "厂招待所",
            id="a_works_course",
        ),
    ],
)
def test_a_guest_house_is_where_the_meeting_was_held(sentence, mention, place):
    assert _place(sentence, mention) == place


def test_a_guest_house_a_union_runs_is_no_place_of_its_meeting():
    sentence = "县总工会兴办招待所一处，年底召开职工代表大会。"
    assert _place(sentence, "职工代表大会") is None
