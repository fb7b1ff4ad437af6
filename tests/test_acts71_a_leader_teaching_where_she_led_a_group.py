"""A leader who leads a group to a site and there teaches the workers (副主席某某带队到某项目
工地，为农民工讲授冬季防火防滑知识) gives a session: the teacher is the person leading the
group in the clause before, the audience opens the teaching clause, as a teacher named in
that clause does (民警为快递员讲解…知识). Shape of the tuning set real_dev20 (a district
union's safety lesson on a building site); invented sentences (s53, acts71)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _kinds(sentence: str) -> list[str]:
    return [a.category.value for a in find_activities([sentence])]


def test_a_leader_teaching_on_the_site_she_led_a_group_to_gives_a_lecture():
    sentence = "11月20日，区总工会副主席柯雨欣带队到禾城大厦项目工地，为农民工讲授冬季防火知识。"
    assert _kinds(sentence) == ["lecture"]


def test_a_clause_with_no_one_leading_gives_none():
    assert _kinds("11月20日，区总工会到禾城大厦项目工地，为农民工讲授冬季防火知识。") == []
