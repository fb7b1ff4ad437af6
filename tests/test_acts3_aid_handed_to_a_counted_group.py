"""Activities, s28 (issue 11): aid a union hands out to a counted group (为一百零六名困难
职工发放救济款, 向12户困难职工家庭发放救助金) is one event reported, while money sent to
an uncounted group (为困难职工送去慰问金) stays no event. Sentences written for these
tests (invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


@pytest.mark.parametrize(
    "sentence",
    [
        "1988年春节前，青禾县总工会为八十六名困难职工发放救济款九千元。",
        "春节前，岚山区总工会向全区14户困难职工家庭发放救助金4.2万元。",
        "松原街道总工会为辖区内九户下岗职工家庭送去生活补助。",
    ],
)
def test_aid_handed_out_to_a_counted_group_is_an_activity(sentence):
    out = find_activities([sentence])
    assert len(out) == 1
    assert out[0].status == "held"


def test_money_sent_to_an_uncounted_group_stays_no_activity():
    assert find_activities(["青禾区总工会为困难职工送去慰问金。"]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "赛前，松原街道总工会向辖区职工发放复习资料1500余份。",
        "揭牌仪式上，青禾区总工会向驿站赠送图书八百册。",
    ],
)
def test_things_given_after_xiang_to_an_uncounted_group_stay_no_activity(sentence):
    assert find_activities([sentence]) == []
