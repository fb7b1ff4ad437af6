"""A particle jieba glues to the first character of a name it does not know (参观了城投
建工…: 了城|投|建工) is the sentence's: the character opens the body's name, and a post
at the body's union printed short later keeps the whole name. Invented bodies and
people."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_positions, news_page


def test_a_particle_glued_to_a_name_s_first_character_stays_out_of_it():
    text = "与会人员参观了城投建工三公司宋庄项目部的职工书屋。"
    assert "城投建工三公司宋庄项目部" in [s.written for s in find_org_spans(text)]


def test_a_post_at_the_short_union_keeps_the_whole_name():
    text = news_page(
        "与会人员参观了城投建工三公司宋庄项目部的职工书屋。项目工会主席柯明远介绍了情况。"
    )
    assert ("柯明远", "主席", "城投建工三公司宋庄项目部工会") in first_article_positions(text)


def test_a_particle_before_a_known_word_keeps_the_name_as_it_was():
    # the near miss: jieba keeps 了 apart before a name it knows (了|城南)
    text = "与会人员参观了城南建工三公司项目部的职工书屋。"
    assert "城南建工三公司项目部" in [s.written for s in find_org_spans(text)]
