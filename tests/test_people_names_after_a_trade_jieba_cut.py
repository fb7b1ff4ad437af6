"""Names after a trade jieba cut from its last character: invented pages.

jieba knows few compound trades (钢筋工, 烘焙师): it reads 钢筋 and leaves 工 alone, or
glues it to the surname after it in a word it makes up (钢筋|工宿|建国). Read as one
word, the trade is an occupation before the name; a surname glued so is read apart
from its given name, which may then be a word (建国, 国庆). An ending glued to a word
of the dictionary (钢筋工|宿舍) names no one."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _people(body: str) -> set[str]:
    return {p.name for a in page_facts(news_page(body)).articles for p in a.people}


def test_a_name_after_a_trade_whose_ending_jieba_glued_to_the_surname_is_read():
    people = _people("5月3日，青禾路桥公司钢筋工宿建国获得钢筋工项目第一名。")
    assert "宿建国" in people


def test_a_worded_given_name_after_a_glued_trade_ending_is_read():
    assert "宿国庆" in _people("5月3日，青禾路桥公司钢筋工宿国庆获得第一名。")


def test_a_trade_ending_glued_to_a_dictionary_word_names_no_one():
    assert _people("5月3日，青禾路桥公司钢筋工宿舍投入使用，职工拍手称好。") == set()
