"""A post printed in brackets after a name and its word of address (甲同志（某公司董事长）,
as meeting reports and notices print an officer named with 同志): the brackets state the
person's post as they do right after the name; 同志 itself states none. Invented bodies
and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def test_a_post_in_brackets_after_tongzhi_is_the_persons_post():
    text = news_page("日前，邱海峰同志（蓝江电气公司董事长）为获奖职工颁奖。")
    assert ("邱海峰", "董事长", "蓝江电气公司") in first_article_positions(text)


def test_a_chain_in_brackets_after_tongzhi_gives_each_post():
    text = news_page("会议由邱海峰同志（青溪区总工会党组书记、主席）主持。")
    positions = first_article_positions(text)
    assert ("邱海峰", "党组书记", "青溪区总工会") in positions
    assert ("邱海峰", "主席", "青溪区总工会") in positions


def test_a_note_in_brackets_after_tongzhi_states_no_post():
    text = news_page("日前，邱海峰同志（女）为获奖职工颁奖。")
    article = page_facts(text).articles[0]
    assert not any(p.name == "邱海峰" for p in article.positions)
