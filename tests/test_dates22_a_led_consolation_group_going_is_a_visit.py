"""A consolation group led by an official (某某率全总慰问团来到某县，看望…) going to a place
is a delegation's visit, as the group going alone is (慰问组来到…，看望…). Read on
real_dev21: a national union's round in a snowstorm, told 率…慰问团来到…，看望…, was
lost, and the next paragraph's 慰问团一行先后来到… read as a visit of its own. Near
miss: the group named without going (慰问团为职工送上…) is none. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _visits(text: str) -> list[str | None]:
    return [a.place for a in find_activities([text]) if a.category == Category.visit]


def test_a_led_group_going_to_a_county_is_a_visit_there():
    text = "青禾省总工会副主席邬明12日率省总工会慰问团来到青禾市龙源瑶族自治县，看望抢修线路的电力职工。"
    assert _visits(text) == ["青禾市龙源瑶族自治县"]


def test_a_group_giving_without_going_is_no_visit():
    text = "青禾省总工会副主席邬明表示，慰问团为抢修线路的电力职工送上棉衣。"
    assert _visits(text) == []
