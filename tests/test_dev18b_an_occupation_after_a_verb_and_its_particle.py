"""An occupation after a verb whose object is the person and its aspect particle (看望慰问了
客房服务员甲, 表彰了门机司机乙) is the person's title, though the phrase from the verb to the
name is longer than an occupation. Invented people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_an_occupation_after_a_verb_with_le_is_the_title():
    text = news_page("王海燕看望慰问了客房服务员吉小花。")
    assert ("吉小花", "客房服务员", None) in first_article_positions(text)


def test_an_occupation_after_a_verb_of_commending():
    text = news_page("会上还表彰了门机司机王宏伟等20名职工。")
    assert ("王宏伟", "门机司机", None) in first_article_positions(text)
