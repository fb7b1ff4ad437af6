"""A congress's first committee session printed short (二届一次全委会, without 议) is held
within the congress, as 一次全委会议 is; and the congress's bare opening ceremony
(某某出席开幕式) told between them is a day of the congress, no meeting of another kind
that parts them. Real pages of s50 acts63 (district and provincial unions' congresses)
and the tuning gold of real_dev13 and real_dev14. Sentences written for these tests
(invented names)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

CONGRESS = "9月26日，青禾区总工会第二次代表大会在区会议中心召开，186名代表出席。"
SESSION = "在随后召开的二届一次全委会上，选举产生了区总工会新一届领导班子。"


def test_a_first_session_printed_without_yi_is_part_of_the_congress():
    out = find_activities([CONGRESS, SESSION])
    assert [(a.name, a.parent) for a in out] == [
        ("青禾区总工会第二次代表大会", None),
        ("二届一次全委会", 0),
    ]


def test_an_opening_ceremony_attended_between_them_does_not_part_them():
    out = find_activities([CONGRESS, "区委书记柏思远出席开幕式并讲话。", SESSION])
    assert [(a.name, a.parent) for a in out] == [
        ("青禾区总工会第二次代表大会", None),
        ("二届一次全委会", 0),
    ]
