"""Activities (s38 acts36): the end of a run told in a later clause of the sentence, one
with no subject of its own (此次系列活动共安排…12项内容，持续到10月底), is the end of what
the sentence is about, the activity its first mention names; before, only an until-phrase
right after a mention (活动将持续到6月底) was read. A bare 到 opening a clause (…，到车间
慰问职工) is going somewhere, no end. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.run_ends import later_until


def _only(drafts, name_part):
    [draft] = [d for d in drafts if name_part in d.name]
    return draft


def test_a_launched_series_ends_in_a_later_clause_of_its_launch_sentence():
    drafts = find_activities(
        ["4月2日，青禾市总工会“匠心筑梦”职工技能系列活动在市职工服务中心启动，持续到10月底。"]
    )
    series = _only(drafts, "系列活动")
    assert (series.date.month, series.date.day, series.date.end_month) == (4, 2, 10)


def test_a_series_named_again_ends_after_its_programme_clause():
    drafts = find_activities(
        [
            "4月2日，青禾市总工会启动“匠心筑梦”职工技能系列活动。",
            "此次系列活动共安排12项内容，将持续至10月底。",
        ]
    )
    series = _only(drafts, "系列活动")
    assert series.date.end_month == 10


def test_an_until_clause_opens_after_its_adverbs_only():
    text = "此次系列活动共安排12项内容，并将一直持续到10月底。"
    assert text[later_until(text, 6, len(text)) :].startswith("并将一直持续到")


def test_a_clause_going_somewhere_ends_no_run():
    text = "4月2日，青禾市总工会开展慰问活动，到车间慰问一线职工。"
    assert later_until(text, 16, len(text)) is None


def test_a_clause_with_a_subject_of_its_own_ends_no_run_of_the_first():
    text = "此次系列活动共安排12项内容，技能比武将持续到10月底。"
    assert later_until(text, 6, len(text)) is None


def test_a_one_day_visit_keeps_its_day():
    drafts = find_activities(["6月3日，青禾区总工会到环卫站走访慰问一线职工，送去防暑用品。"])
    visit = drafts[0]
    assert (visit.date.month, visit.date.day, visit.date.end_month) == (6, 3, None)
