"""A round of sites gone to, listed after 到 or 来到 with a word of successive or
respective stops in the clause (分别到A、B和C看望慰问, 先后来到A和B), is one visit held at
none of them: no place (s43 acts53). Real pages of county and district unions' heat and
festival rounds (送清凉 to a waterworks, a road works and a sanitation station; teachers'
day visits to three schools; a union taking model workers to a memorial hall and a
martyrs' cemetery) print the sites so; the tuning gold gives such a round no place
(real_dev10), as for 先后走访了A、B和C (s41 acts45). Stops told in the clause after a
visit (参观学习，先后来到A和B) are that visit's, no second one. Near misses: one site gone to keeps
its place, and a list closed as one place with no such word stays whole.
Sentences written for these tests (invented units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _places(*paragraphs: str) -> list[str | None]:
    return [a.place for a in find_activities(list(paragraphs))]


def test_sites_gone_to_respectively_have_no_place():
    text = "9月9日，青禾市总工会分别到市第一中学、市实验小学和市职业技术学校看望慰问教师代表。"
    assert _places(text) == [None]


def test_two_sites_come_to_one_after_another_have_no_place():
    text = "6月28日，桐溪区总工会慰问组先后来到桐溪自来水厂和南山环卫所，为一线职工送去防暑用品。"
    assert _places(text) == [None]


def test_the_stops_told_after_a_visit_are_that_visit():
    text = (
        "6月28日，桐溪区总工会组织45名劳模参观学习，先后来到桐溪革命纪念馆和南山烈士陵园，"
        "重温入党誓词。"
    )
    found = find_activities([text])
    assert [(a.category, a.place) for a in found] == [(Category.visit, None)]


def test_the_stops_told_after_a_visit_to_a_base_are_that_visit():
    text = (
        "6月28日，桐溪区总工会组织45名劳模参观红色教育基地，先后来到桐溪革命纪念馆和"
        "南山烈士陵园，重温入党誓词。"
    )
    assert [a.category for a in find_activities([text])] == [Category.visit]


def test_a_single_site_gone_to_respectively_keeps_its_place():
    text = "9月9日，青禾市总工会分别到市第一中学看望慰问教师代表。"
    assert _places(text) == ["市第一中学"]


def test_a_list_closed_as_one_place_without_such_a_word_stays_whole():
    text = "近日，区总工会走访慰问了甲街道、乙街道、丙街道的困难职工。"
    assert _places(text) == ["甲街道、乙街道、丙街道"]
