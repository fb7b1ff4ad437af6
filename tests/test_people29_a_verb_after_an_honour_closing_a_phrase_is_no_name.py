"""劳模宣讲: union pages head the lecture tours of model workers so (开展劳模宣讲, 劳模工匠
宣讲。). A word jieba reads as a verb (宣讲/v) right after an honour and closed by
punctuation or the end of the text is what the honour qualifies, no name that is a word;
a name after an honour before a word that follows names is still read. Invented names,
bodies and events (s43, people29)."""

from __future__ import annotations

from tests.conftest import page_people


def _people(head: str, body: str) -> list[str]:
    return page_people(f"{head}\n\n本报讯 {body}\n")


def test_an_honours_lecture_tour_in_a_headline_names_no_one():
    assert _people("青河市总工会开展劳模宣讲", "4月26日，活动在青河市举行。") == []


def test_a_lecture_closed_by_punctuation_names_no_one():
    body = "4月26日，青河市总工会组织劳模工匠宣讲，走进12家企业。"
    assert _people("劳模工匠进企业", body) == []


def test_a_name_after_an_honour_before_a_follower_is_still_read():
    body = "4月26日，全国劳模石磊出席活动并讲话。"
    assert _people("劳模工匠进企业", body) == ["石磊"]
