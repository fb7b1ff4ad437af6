"""A guest's post whose modifier the recogniser tags as an adjective (某盟行政公署|副|盟长
某某出席): the body before it is still a guest's, so it is no organiser of the activity
the guests attend (real_dev2's Naadam opening, held by the league's union). Invented
names."""

from __future__ import annotations

from gonghui_build.extract.activities.organisers import person_role


def test_a_deputy_heads_body_before_the_guests_verb_is_a_guests():
    text = "锡林郭勒盟行政公署副盟长王建新出席开幕式。"
    assert person_role(text, text.index("副盟长")) == "guest"


def test_a_deputy_head_listed_before_another_guest_is_a_person():
    text = "盟行政公署副盟长王建新，盟总工会常务副主席巴特尔出席开幕式。"
    assert person_role(text, text.index("副盟长")) == "person"


def test_a_verb_between_the_body_and_the_name_makes_no_post():
    text = "盟总工会慰问王建新等困难职工。"
    assert person_role(text, text.index("慰问")) is None
