"""Activities (s45 acts57): a course's subjects told after it in its sentence, a bare 培训
taken part in after a list of subjects (开办再就业培训班，八十六名职工参加为期一个月的烹饪、
家电维修和财会培训), are the course again: a subject jieba tags as an abbreviation (家电)
had made the list a name of its own, one course too many. Real pages of s45 (county
unions' re-employment and skills classes). Near misses: the list organised by a verb of
its own (并开展…培训) or with no course before it stays an activity. Sentences written for
these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _names(text: str) -> list[str | None]:
    return [a.name for a in find_activities([text])]


def test_subjects_attended_after_the_course_are_the_course():
    text = (
        "五月二日，青禾区总工会在区职工业余大学开办首期再就业培训班，"
        "来自十七家企业的八十六名职工参加为期一个月的烹饪、家电维修和财会培训。"
    )
    acts = find_activities([text])
    assert [a.name for a in acts] == ["首期再就业培训班"]
    assert acts[0].participants is not None and acts[0].participants.count == 86


def test_subjects_organised_by_a_verb_of_their_own_stay_an_activity():
    text = "青禾区总工会举办再就业培训班，并开展烹饪、家电维修和财会培训。"
    assert _names(text) == ["再就业培训班", "烹饪、家电维修和财会培训"]


def test_subjects_with_no_course_before_stay_an_activity():
    text = "青禾区总工会今年开设烹饪、家电维修和财会培训，八十六名职工参加。"
    assert _names(text) == ["烹饪、家电维修和财会培训"]
