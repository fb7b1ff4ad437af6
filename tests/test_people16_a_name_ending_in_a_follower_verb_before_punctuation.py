"""A three-character name whose last character is a one-character verb that follows
names (来 of 春来, 福来) ends at that character when punctuation comes right after it
(…、郦某来。): a verb with nothing after it has no object or complement. Before, the name
was cut to jieba's two-character name (郦某). The verb before its object still ends the
name before it (董事长周某获全国…). Lists of contest winners read in s37; invented
names."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("三等奖：苑晓峰、籍东升、郦春来。", "郦春来"),
        ("三等奖：苑晓峰、籍东升、王春来。", "王春来"),
    ],
)
def test_a_name_ending_in_lai_before_a_full_stop_is_whole(body, name):
    assert name in _people(body)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("董事长周海获全国五一劳动奖章。", "周海"),
        ("副主席刘海任组长。", "刘海"),
    ],
)
def test_a_follower_verb_with_an_object_still_ends_the_name(body, name):
    assert _people(body) == [name]
