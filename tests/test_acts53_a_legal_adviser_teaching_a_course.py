"""A union's legal adviser (法律顾问) or a dietitian (营养师) explaining a subject to a
course's students or a care day's women is a guest teaching a session, a lecture of the
course, as a lawyer or an expert is (s43 acts53). Real pages of s43: course reports of
county and city unions (the union's legal adviser on the labour contract law), women
workers' care days (a hospital's dietitian). Before, a talk told by 讲解 after those
titles was lost. Sentences written for these tests (invented units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category

_COURSE = (
    "9月6日至8日，青禾市总工会在市委党校举办基层工会主席培训班，全市120名基层工会主席参加培训。"
)


def _rows(second: str) -> list[tuple[Category, int | None]]:
    return [(a.category, a.parent) for a in find_activities([_COURSE, second])]


def test_a_legal_adviser_explaining_a_law_in_a_course():
    rows = _rows("培训期间，市总工会法律顾问讲解了劳动合同法。")
    assert rows == [(Category.training, None), (Category.lecture, 0)]


def test_a_dietitian_explaining_to_women_workers():
    rows = _rows("活动现场，市妇幼保健院营养师为女职工讲解了孕期营养知识。")
    assert rows[1][0] == Category.lecture


def test_the_adviser_only_attending_gives_no_talk():
    rows = _rows("市总工会法律顾问等参加了开班式。")
    assert [c for c, _ in rows] == [Category.training]
