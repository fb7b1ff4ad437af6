"""Activities found on real-page shapes, session 13 (issue 11): a visit's verb whose
object closes with a count of those visited (慰问困难职工八十户); a delegation led to a
site (带队到…，慰问…). One behaviour each, on
sentences written for these tests (invented names, units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _visits(paragraph: str) -> list:
    return [a for a in find_activities([paragraph]) if a.category == Category.visit]


def test_a_visit_to_households_counted_after_the_object_is_an_activity():
    (visit,) = _visits("元旦前，慰问困难职工八十六户，发放救济款四千元。")
    assert visit.name.startswith("慰问困难职工")


def test_a_visit_to_a_counted_group_named_after_an_example_is_an_activity():
    (visit,) = _visits(
        "四月九日，青岭棉纺厂工会主任林秀带领女工干部，走访了刚刚返岗的细纱工吴小梅等九名女工。"
    )
    assert visit.participants is not None and visit.participants.count == 9


def test_a_delegation_led_to_a_site_then_visiting_there_is_a_visit():
    (visit,) = _visits(
        "2月3日，青川市总工会副主席林秋带队到青川汽车站，慰问春运期间值守的售票员，送去慰问品80份。"
    )
    assert "慰问" in visit.name
