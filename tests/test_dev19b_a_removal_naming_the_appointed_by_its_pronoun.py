"""An appointment notice's line appoints a person and removes the same person from the
old post by a pronoun: ``某某同志任某中心主任，免去其市总工会某部部长职务``. Read on
real_dev19: the removal's reader wanted a name after 免去, so the old post (a past post
is a position, ANNOTATION.md) was lost. Invented lines in that shape."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_the_pronoun_names_the_person_appointed_before_it():
    text = news_page("柯明远同志任市职工法律援助中心主任，免去其市总工会法律工作部部长职务。")
    assert ("柯明远", "部长", "市总工会法律工作部") in first_article_positions(text)
    assert ("柯明远", "主任", "市职工法律援助中心") in first_article_positions(text)


def test_a_pronoun_after_the_sentences_end_names_no_one():
    text = news_page("柯明远同志任市职工法律援助中心主任。会议决定免去其所兼职务。")
    assert {p[1] for p in first_article_positions(text)} == {"主任"}
