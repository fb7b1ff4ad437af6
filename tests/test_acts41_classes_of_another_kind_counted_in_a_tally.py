"""Activities (s40 acts41): a year's tally counts its courses kind by kind (全年举办各类职工
技能培训班42期…；举办工会干部培训班8期，培训工会干部760人): the second, a kind with a count
of its own rounds, in words no course read before is named by, is a programme of its own,
not a later mention of the first (it and its count were lost). Real pages of s40 (a county
union's year report, yearbook entries). Near misses: the course named again with its
rounds (举办2024年工会干部培训班。举办工会干部培训班3期) and a bare course word with rounds
stay one course.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _names(text: str) -> list[str]:
    return [a.name for a in find_activities([text])]


def test_classes_of_another_kind_counted_are_their_own():
    text = (
        "2023年，市总工会全年举办各类职工技能培训班42期，培训职工3600余人次；"
        "举办工会干部培训班8期，培训工会干部760人。"
    )
    acts = find_activities([text])
    assert [a.name for a in acts] == ["各类职工技能培训班", "工会干部培训班"]
    assert acts[1].participants is not None and acts[1].participants.count == 760


def test_the_course_named_again_with_rounds_stays_one():
    text = "区总工会举办2024年工会干部培训班。举办工会干部培训班3期。"
    assert _names(text) == ["2024年工会干部培训班"]


def test_a_bare_course_word_with_rounds_stays_one():
    text = "区总工会举办2024年工会干部培训班。培训班分3期进行。"
    assert _names(text) == ["2024年工会干部培训班"]


def test_a_kind_counted_with_none_before_stays_none():
    assert _names("全年共开展各类职工培训126场。") == []
