"""Names right after an occupation the model may miss: a surname jieba reads as a
one-character verb (祝, 包, 盛) opens a name when the two characters after it are no
word, and a post of ``titles.yaml`` post_endings (护士, 货车司机), which ends like no
occupation, is read as one; a verb and its object after a word that only ends like an
occupation (巧手) or after a trade (环卫工包饺子), and a post before a verb or a noun
(民警提醒, 司机之家), name no one. Invented names and events."""

from __future__ import annotations

from gonghui_build.extract.people.occupations import occupation_names
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import page_facts


def _after_occupation(text: str) -> list[str]:
    return [h.name for h in occupation_names(text, tag_tokens(text))]


def test_a_surname_jieba_reads_as_a_verb_after_an_occupation_opens_a_name():
    assert _after_occupation("驾驶员祝永清说，今天路况好。") == ["祝永清"]
    assert _after_occupation("焊工盛永清在车间里忙碌。") == ["盛永清"]


def test_the_person_after_the_occupation_holds_it_as_a_title():
    facts = page_facts("本报讯 早班车发车前。驾驶员包永清说，今天路况好。")
    assert {(q.name, q.title) for a in facts.articles for q in a.positions} == {
        ("包永清", "驾驶员")
    }


def test_a_verb_and_its_object_after_a_trade_or_a_skilled_hand_name_no_one():
    assert _after_occupation("巧手包春卷，喜迎新春。") == []
    assert _after_occupation("环卫工包饺子，欢度新春。") == []
    assert _after_occupation("环卫工包汤圆，欢度元宵。") == []


def test_a_name_after_a_post_that_ends_like_no_occupation_is_read():
    assert _after_occupation("货车司机包海峰告诉记者，今天很忙。") == ["包海峰"]
    assert _after_occupation("护士祝永清拿着工具走了过来。") == ["祝永清"]


def test_a_post_before_a_verb_or_a_noun_names_no_one():
    assert _after_occupation("民警提醒广大职工注意安全。") == []
    assert _after_occupation("司机之家为货车司机提供休息场所。") == []
    assert _after_occupation("医生和护士为职工义诊。") == []
    assert _after_occupation("司机包车前往现场。") == []
