"""段工, 王总: a surname and a short address (工 for an engineer, 总 for a manager) read
as a name is the one person of the article named in full with that surname, as 李主席
is: a reader lists the person once. With two full names of the surname, or none, it is
left as read. Invented names, bodies and events (s42, people28)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "铁路工务段技术攻关见成效\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_duan_gong_is_the_engineer_named_in_full():
    body = "高级工程师段海涛带领团队攻关。段工说，创新没有捷径。"
    assert _people(body) == ["段海涛"]


def test_a_managers_address_is_the_manager_named_in_full():
    assert _people("公司总经理王建华出席。王总说，要关心职工。") == ["王建华"]


def test_an_address_before_two_full_names_of_its_surname_is_left():
    body = "车间主任李海涛和技术员李明出席。李工说，创新没有捷径。"
    assert _people(body) == sorted(["李工", "李明", "李海涛"])


def test_a_partial_name_is_still_the_one_person_named_in_full():
    body = "高级工程师李海涛带领团队攻关。李工说，创新没有捷径。李师傅也在现场。"
    assert _people(body) == ["李海涛"]
