"""Two Mongolian names joined by 、 before 分别发言, and a name closing in an element the
model cut (额尔敦|达来): elements such as 达来, 宝力道, 图布信, 乌日图 (``people.yaml``
name_elements) make the item one name, so neither the list's first item nor the last
element is lost. Shapes of Inner Mongolian meeting and honour pages read on real pages
(s46); invented names."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


def test_a_name_closing_in_an_element_the_model_cut_is_read_whole():
    body = "全国劳动模范额尔敦达来在东乌旗向牧民讲述扎根草原的故事。"
    assert _people(body) == ["额尔敦达来"]


def test_both_names_of_a_pair_of_elements_before_fenbie_are_read():
    body = "座谈会上，劳模代表那顺乌日图、乌兰图雅分别发言。"
    assert _people(body) == ["乌兰图雅", "那顺乌日图"]


def test_an_item_of_one_element_and_a_final_syllable_opens_the_pair():
    body = "座谈会上，劳模代表朝格图、苏日娜分别发言。"
    assert _people(body) == ["朝格图", "苏日娜"]


def test_a_word_sharing_an_element_is_still_no_name():
    body = "代表团一行抵达来宾市，向困难职工送达来自社会各界的捐款。"
    assert _people(body) == []
