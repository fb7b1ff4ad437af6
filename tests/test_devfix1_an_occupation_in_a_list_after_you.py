"""A list of the people a clause names opened by the verb of existence (获得称号的有环卫
工人甲、公交驾驶员乙; 受表彰的有焊工甲): the first occupation opens past 有, as the
others open past their commas, and is the person's title with no body (ANNOTATION.md:
an occupation printed before a name). A word opening with 有 (有色) is not cut. Invented
people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_the_first_occupation_after_you_is_read():
    text = news_page("日前，东城区表彰最美职工。获得称号的有环卫工人侯德明、公交驾驶员庞秋云等。")
    positions = first_article_positions(text)
    assert ("侯德明", "环卫工人", None) in positions
    assert ("庞秋云", "公交驾驶员", None) in positions


def test_a_trade_after_you_in_an_award_list():
    text = news_page("日前，区总工会表彰先进职工。受表彰的有焊工李明亮、电工赵亮亮等。")
    assert ("李明亮", "焊工", None) in first_article_positions(text)


def test_an_occupation_with_no_you_is_unchanged():
    text = news_page("日前，区总工会看望一线职工。环卫工人侯德明说，工会送来了清凉。")
    assert ("侯德明", "环卫工人", None) in first_article_positions(text)
