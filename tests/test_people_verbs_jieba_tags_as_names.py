"""A word jieba's dictionary tags a name that is a verb following names in print
(荣获/nr, ``people.yaml`` name_followers) is no person, even right after an occupation
(六名驾驶员荣获…称号); a name of the same surname after the occupation is still read.
Invented names and events."""

from __future__ import annotations

from gonghui_build.text.names import is_common_word
from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return [p.name for a in page_facts(news_page(body)).articles for p in a.people]


def test_a_name_follower_jieba_tags_a_name_is_a_common_word():
    assert is_common_word("荣获")


def test_honoured_workers_counted_after_an_occupation_name_no_one():
    assert _people("在昨天的表彰会上，六名公交驾驶员荣获“安全行车标兵”称号。") == []
    assert _people("三名快递员荣获“最美快递员”称号。") == []


def test_a_name_after_the_occupation_before_the_verb_is_still_read():
    assert _people("公交驾驶员荣建新荣获“安全行车标兵”称号。") == ["荣建新"]
