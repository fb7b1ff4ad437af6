"""The items of a list after a rank label that counts them (个人前三名：甲、乙、丙,
获得前三名的是：甲、乙、丙) are names, those that are words too (毕胜, 白云, 朱红), when
the count equals the items', each has a name's shape, none holds a place or a body,
and one at least reads as a name. Invented names and events (s42, people28)."""

from __future__ import annotations

from gonghui_build.extract.people.ranked_lists import ranked_names
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "市职工技能大赛落幕\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_word_names_after_a_rank_label_and_a_colon():
    assert _people("钳工个人前三名：毕胜、白云、朱红。") == sorted(["毕胜", "白云", "朱红"])


def test_word_names_after_a_rank_label_and_de_shi():
    body = "技能竞赛中，获得前三名的是：毕胜、白云、张建华。"
    assert _people(body) == sorted(["毕胜", "白云", "张建华"])


def test_teams_after_a_rank_label_are_no_people():
    assert _people("团体前三名：湖北省、四川省、河南省。") == []


def test_a_count_other_than_the_items_reads_no_word_names():
    text = "钳工前两名：毕胜、白云、朱红。"
    assert ranked_names(text, tag_tokens(text), []) == []


def test_items_of_no_names_shape_are_left():
    text = "前三名：一车间、二车间、三车间。"
    assert ranked_names(text, tag_tokens(text), []) == []


def test_the_spans_of_a_counted_list():
    text = "个人前三名：毕胜、白云、朱红。"
    assert ranked_names(text, tag_tokens(text), []) == [(6, 8), (9, 11), (12, 14)]


def test_a_list_of_two_a_label_counts_is_left_to_the_list_readers():
    text = "钳工前两名：毕胜、白云。"
    assert ranked_names(text, tag_tokens(text), []) == []
