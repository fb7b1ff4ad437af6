"""Two talks of a course told in one sentence, each by a speaker its own clause names
(律师某某讲解了劳动合同法，市人社局专家围绕集体协商作了专题辅导), are two sessions of the
course, not one told twice (s43 acts53). Real pages of s43: course reports of county and
city unions naming the teachers of a day in one sentence. Before, the second talk, named
by its kind alone, was read as the first told again. Near miss: a talk told again in
its own clause with no speaker of its own stays the one read.
Sentences written for these tests (invented people and units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category

_COURSE = (
    "9月6日至8日，青禾市总工会在市委党校举办基层工会主席培训班，全市120名基层工会主席参加培训。"
)


def _rows(second: str) -> list[tuple[Category, int | None]]:
    return [(a.category, a.parent) for a in find_activities([_COURSE, second])]


def test_a_second_speaker_gives_a_second_talk():
    text = "培训期间，律师李东讲解了劳动合同法，市人社局专家围绕集体协商作了专题辅导。"
    assert _rows(text) == [
        (Category.training, None),
        (Category.lecture, 0),
        (Category.lecture, 0),
    ]


def test_a_talk_told_again_without_a_speaker_is_the_same():
    text = "培训期间，律师李东讲解了劳动合同法，辅导深入浅出。"
    assert [c for c, _ in _rows(text)] == [Category.training, Category.lecture]
