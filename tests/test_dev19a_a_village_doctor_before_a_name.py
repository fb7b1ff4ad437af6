"""村医某某: a village doctor printed bare before a name holds 村医 as an occupation, its
organisation null (``titles.yaml`` post_endings; ANNOTATION.md: occupations before a
name), as 医生某某 does. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_village_doctor_is_titled_cunyi():
    found = first_article_positions(news_page("他看望了村医郑小川。"))
    assert ("郑小川", "村医", None) in found


def test_a_doctor_is_titled_as_before():
    found = first_article_positions(news_page("他看望了医生郑小川。"))
    assert ("郑小川", "医生", None) in found
