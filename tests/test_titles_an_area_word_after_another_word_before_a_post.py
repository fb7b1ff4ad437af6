"""What the chain of posts makes today of an area's federation printed short (地区总工会)
before a department's post when another word opens the segment before 地区 (原, 由, 该).

The grammar drops 地区 as a kind of body, and
:func:`~gonghui_build.extract.people.chain_orgs._with_area_word` puts it back only when
the area word is the whole of the segment before the name the grammar read: after 原 or
由 the department stays the bare 总工会组织部, where 地区总工会组织部 alone is read as
the prefecture's (tests/test_titles14_an_area_bodys_short_form_before_a_post.py). These
tests pin today's reading (a lead, not yet a rule: a fix would make the two alike).
Invented people; a real prefecture."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_OPENING = "阿克苏地区总工会日前举办学习班。"


def test_the_area_word_alone_before_the_department_is_the_prefectures():
    text = news_page(_OPENING + "地区总工会组织部部长严永发讲授了组织建设。")
    assert ("严永发", "部长", "阿克苏地区总工会组织部") in first_article_positions(text)


def test_today_a_former_post_before_the_area_word_leaves_a_bare_department():
    text = news_page(_OPENING + "原地区总工会组织部部长严永发讲授了组织建设。")
    assert ("严永发", "部长", "总工会组织部") in first_article_positions(text)


def test_today_a_preposition_before_the_area_word_leaves_a_bare_department():
    text = news_page(_OPENING + "由地区总工会组织部部长严永发讲授组织建设。")
    assert ("严永发", "部长", "总工会组织部") in first_article_positions(text)
