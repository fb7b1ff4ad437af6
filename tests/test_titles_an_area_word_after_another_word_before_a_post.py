"""What the chain of posts makes of an area's federation printed short (地区总工会)
before a department's post when another word opens the segment before 地区 (原, 由, 该).

The grammar drops 地区 as a kind of body, and
:func:`~gonghui_build.extract.people.chain_orgs._with_area_word` puts it back. These
tests pinned the reading before session 35 (after 原 or 由 the department stayed the
bare 总工会组织部, a lead); since orgs13 the area word after a former post or a
preposition is put back as when it opens the segment alone, so the two are alike; after
a determiner (各地区) it is not. Invented people; a real prefecture."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_OPENING = "阿克苏地区总工会日前举办学习班。"


def test_the_area_word_alone_before_the_department_is_the_prefectures():
    text = news_page(_OPENING + "地区总工会组织部部长严永发讲授了组织建设。")
    assert ("严永发", "部长", "阿克苏地区总工会组织部") in first_article_positions(text)


def test_a_former_post_before_the_area_word_leaves_the_prefectures_department():
    text = news_page(_OPENING + "原地区总工会组织部部长严永发讲授了组织建设。")
    assert ("严永发", "部长", "阿克苏地区总工会组织部") in first_article_positions(text)


def test_a_preposition_before_the_area_word_leaves_the_prefectures_department():
    text = news_page(_OPENING + "由地区总工会组织部部长严永发讲授组织建设。")
    assert ("严永发", "部长", "阿克苏地区总工会组织部") in first_article_positions(text)
