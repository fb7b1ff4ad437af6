"""Meetings of honours and congresses (issue 11, session 31): 大会 alone, in any later
paragraph (某某主持大会, 三百余人参加大会), is the meeting the article named with that
word, not a meeting of its own, and the attendance it is given is that meeting's; the
people an honours decision names after 授予 (授予某某等二十五名职工…奖章) are the
honoured, not those who attended. Shapes read on real pages of national, provincial
and city May Day meetings and congresses; sentences written for these tests (invented
bodies and people)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def read(*paragraphs: str):
    return [
        (a.name, a.participants.count if a.participants else None)
        for a in find_activities(list(paragraphs))
    ]


def test_the_meeting_chaired_in_a_later_paragraph_is_the_one_named():
    assert read(
        "4月27日，江北省总工会在省城召开2003年全省五一劳动奖章表彰大会。",
        "省总工会副主席欧阳某主持大会。各地市总工会负责同志和获奖代表三百余人参加大会。",
    ) == [("2003年全省五一劳动奖章表彰大会", 300)]


def test_the_people_an_honours_decision_names_are_not_its_attendance():
    assert read(
        "4月27日，江北省总工会召开2003年全省五一劳动奖章表彰大会。"
        "大会授予红河机床厂车工宋某等二十五名职工江北省五一劳动奖章。"
    ) == [("2003年全省五一劳动奖章表彰大会", None)]


def test_a_congress_called_by_its_word_takes_its_roll_call():
    assert read(
        "3月2日，东湖区总工会召开第三次会员代表大会。",
        "大会由区总工会副主席某某主持。大会应到代表120名，实到代表112名。",
    ) == [("第三次会员代表大会", 112)]


def test_a_meeting_named_by_another_word_is_not_taken_for_the_meeting():
    found = read(
        "4月27日，江北省总工会召开2003年全省五一劳动奖章表彰大会。",
        "次日，省总工会召开劳模座谈会，二十名劳模参加。",
    )
    assert found == [("2003年全省五一劳动奖章表彰大会", None), ("劳模座谈会", 20)]
