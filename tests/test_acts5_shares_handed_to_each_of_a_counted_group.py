"""Activities, s29 (issue 11): aid a union hands to a counted group after 对 (对全区八十五
名困难职工每人发放慰问金), a share to each of a counted group in a later clause of the
union's sentence (…，并向五十二名困难职工每人发放救助金), and a group named with a quoted
title (六十名“技术状元”每人…: 元 of the title is no money) are one event with its
count; 对 before an uncounted group, or with no gift verb, stays no event. Sentences
written for these tests (invented unions and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Unit


def _only(sentence: str):
    (found,) = find_activities([sentence])
    return found


def test_aid_handed_to_a_counted_group_after_dui_is_an_activity_with_its_count():
    aid = _only("岚山区总工会对全区85名困难职工每人发放慰问金500元。")
    assert aid.status == "held"
    assert (aid.participants.count, aid.participants.unit) == (85, Unit.people)


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        (
            "春节前夕，青禾市总工会加大帮扶力度，对全市在档86名特困职工每人发放现金800元和米面油票。",
            86,
        ),
        ("春节前夕，为体现工会关爱，对柳河县46名患重病的女职工每人发放了600元救助资金。", 46),
    ],
)
def test_a_share_to_each_of_a_counted_group_in_a_later_clause_is_an_activity(sentence, group):
    aid = _only(sentence)
    assert aid.participants.count == group


def test_a_counted_group_named_by_a_quoted_title_keeps_its_count():
    aid = _only("青禾市总工会日前为全市六十名“技术状元”每人发放奖励金两千元。")
    assert (aid.participants.count, aid.participants.unit) == (60, Unit.people)


@pytest.mark.parametrize(
    "sentence",
    [
        "青禾区总工会对困难职工发放慰问金。",
        "青禾区总工会对全区职工每人发放一本读本。",
        "青禾区总工会对20名劳模进行了表彰。",
        "青禾区总工会召开全委会议，对全区困难职工每人发放慰问品的办法作了说明。",
    ],
)
def test_dui_before_an_uncounted_group_or_without_a_gift_stays_no_handout(sentence):
    assert all(a.category != "other" for a in find_activities([sentence]))


def test_a_later_clause_gift_to_a_counted_group_without_each_share_stays_no_event():
    assert find_activities(["春节前夕，青禾市总工会筹措资金，向86名困难职工发放慰问金。"]) == []
