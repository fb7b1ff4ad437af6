"""Activities, s53 dev20b: a date that opens a clause past a semicolon (讲授…标准；7日，
学员…进行实操训练) dates that clause's event, not a mention before the semicolon, which
stays undated by it (the course it is part of dates it). Sentences written for these
tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_lecture_before_a_semicolon_takes_no_date_of_the_next_clause():
    drafts = find_activities(
        [
            "6月3日至6日，青禾县总工会举办快递员技能培训班，40名快递员参加。",
            "县人社局科长林晓讲授快递员职业技能标准；5日，学员到青禾物流园参观学习。",
        ]
    )
    lecture = next(d for d in drafts if d.category.value == "lecture")
    assert lecture.date is None
    assert lecture.parent == 0


def test_a_date_in_the_same_clause_after_the_mention_still_dates_it():
    (draft,) = find_activities(["青禾县总工会举办快递员技能培训班，时间为6月3日。"])
    assert draft.date is not None and draft.date.day == 3
