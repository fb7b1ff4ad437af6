"""A profile's notes between a name and its post: invented people and enterprises.

Profiles set age, sex, people, birth and Party membership off by commas between the name
and the post (某某，53岁，某公司工会主席); the apposition of the name and its title chain
passes over them, and a profile's bracketed label (【人物档案】) opens the name's clause."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_an_age_between_a_profile_s_name_and_its_post_is_passed_over():
    text = news_page("【人物档案】甘秋菊，53岁，青禾华新纺织公司工会主席，省劳动模范。")
    assert ("甘秋菊", "主席", "青禾华新纺织公司工会") in first_article_positions(text)


def test_sex_people_birth_and_party_notes_are_passed_over():
    text = news_page("甘玉岚，男，汉族，1972年3月生，中共党员，青禾市东湖街道联合工会主席。")
    assert ("甘玉岚", "主席", "青禾市东湖街道联合工会") in first_article_positions(text)


def test_a_clause_that_is_no_note_still_stops_the_apposition():
    text = news_page("宋远舟，60岁，三次获评省级先进个人，青禾港务集团原副总裁。")
    assert not {p for p in first_article_positions(text) if p[0] == "宋远舟"}
