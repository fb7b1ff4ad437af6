"""A sentence opening with 随后 (会后, 结束后) tells what followed the story's thread: not
an activity of a past year someone recalls inside it (去年…通过“师带徒”考取证书), and,
after days of one month (6月8日至9日), one of those days, their month. Invented text."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

BODY = [
    "6月8日至9日，青禾省总工会副主席王海一行到桐湾市开展产业工人队伍建设改革专题调研。",
    "调研组先后来到桐湾钛业公司，实地察看劳模创新工作室。电焊工李小军说，"
    "去年他通过工会组织的“师带徒”结对，考取了高级技师证书。",
    "在随后召开的座谈会上，企业工会负责人和一线职工代表作了交流发言。",
]


def dates() -> dict[str, tuple]:
    return {
        a.name: (a.date.month, a.date.day, a.date.end_day, a.date.relative_year)
        for a in find_activities(BODY)
        if a.date is not None
    }


def test_the_meeting_after_is_of_the_surveys_month_not_last_year():
    assert dates()["座谈会"] == (6, None, None, None)


def test_the_survey_keeps_its_days_and_the_recalled_pairing_its_year():
    got = dates()
    assert got["产业工人队伍建设改革专题调研"] == (6, 8, 9, None)
    assert got["“师带徒”"] == (None, None, None, -1)


def test_after_a_one_day_meeting_the_day_is_kept():
    body = ["6月8日，青禾市总工会召开全委会议。", "会后，市总工会举办了工会干部培训班。"]
    got = {a.name: (a.date.month, a.date.day) for a in find_activities(body) if a.date}
    assert got["工会干部培训班"] == (6, 8)
