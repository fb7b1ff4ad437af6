"""Activities of real pages, s14 (issue 11): the forms a report says work took (通过
演讲赛、职工运动会等多种形式激发…, 通过线下宣讲和线上直播相结合的形式) are no activities
of their own, as ANNOTATION.md has it; the forms a plan lists (学习形式要多样化。通过
读书会、座谈会等形式，…) stay planned activities, as the seeds' gold has it; and the
kinds of activity a union encourages every union to hold (鼓励全市各级工会开展…活动，包括
职工培训、劳模宣讲等) are a call, not activities. Sentences written for these tests
(invented names and units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status


def names(*paragraphs: str) -> list[str]:
    return [a.name for a in find_activities(list(paragraphs))]


def test_only_a_reports_forms_are_no_activities_a_plans_stay_planned():
    reported = (
        "活动以“奋斗有我”为主题，通过演讲赛、书法比赛、职工运动会、文艺汇演等多种形式"
        "激发广大职工的工作热情。"
    )
    plan = "学习形式要多样化。通过读书会、报告会、座谈会等形式，把学习引向深入。"
    planned = [a.status for a in find_activities([plan])]
    assert (names(reported), planned) == ([], [Status.planned] * 3)


def test_two_forms_combined_in_a_reported_programme_are_no_activities():
    text = "即日起，青湾市总工会通过线下宣讲和线上直播相结合的形式，把心理健康知识送进企业。"
    assert names(text) == []


def test_kinds_a_union_encourages_every_union_to_hold_are_no_activities():
    text = (
        "据了解，柳岸市总工会鼓励全市各级工会在职工之家、工会驿站等场所开展职工喜闻乐见"
        "的工会活动，包括职工文体活动、职工培训、交友联谊、劳模宣讲等。"
    )
    assert names(text) == []
