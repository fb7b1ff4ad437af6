"""A name jieba's dictionary lists as something else — a long entry tagged a person
(古丽巴哈尔/nrt, 斯琴高娃/nr: entries of four characters or more count as idioms) or a
rarely seen place (马建国/ns) — is a person where the model reads one, a trade, a title
or an honour stands right before it and punctuation or a word that follows names right
after it. Shapes of workers' profiles and award reports read on Xinjiang's, Inner
Mongolia's and Tibet's union pages (s36); invented names and events."""

from __future__ import annotations

import pytest

from gonghui_build.extract.people.model import _dictionary_name_where_names_stand
from tests.conftest import first_article_positions, news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("伊犁州一家物流企业的驾驶员马建国也在获奖之列。", "马建国"),
        ("驾驶员马建国说，这份荣誉是对安全行车的肯定。", "马建国"),
        ("护士古丽巴哈尔说，工会帮了大忙。", "古丽巴哈尔"),
        ("会上，自治区劳动模范斯琴高娃作了发言。", "斯琴高娃"),
    ],
)
def test_a_dictionary_name_after_a_trade_or_an_honour_is_a_person(body, name):
    assert name in _people(body)


def test_the_trade_before_the_name_is_its_title():
    positions = first_article_positions(news_page("驾驶员马建国说，这份荣誉是对安全行车的肯定。"))
    assert positions == {("马建国", "驾驶员", None)}


def test_a_long_dictionary_entry_with_nothing_before_it_is_no_person():
    assert _people("他反映的问题石沉大海，一直没有回音。") == []


def test_the_same_entries_need_a_title_or_a_trade_before_them():
    text = "本报讯 这次来的马建国说，路不好走。"
    start = text.index("马建国")
    assert not _dictionary_name_where_names_stand(text, start, start + 3, "马建国")
    text = "本报讯 驾驶员马建国说，路不好走。"
    start = text.index("马建国")
    assert _dictionary_name_where_names_stand(text, start, start + 3, "马建国")


def test_a_divisions_name_after_a_trade_is_no_such_name():
    text = "本报讯 驾驶员乌什说，路不好走。"
    start = text.index("乌什")
    assert not _dictionary_name_where_names_stand(text, start, start + 2, "乌什")
