"""A feature's profile states a worker's post after the copula or 现为 (某某是某公司工会主席。,
某某现为某公司技术员。):
where the paragraph's words cross the copula (jieba reads 是 with the body's first
character), the clause after the copula is read on its own, so the body keeps its name
whole. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_post_after_a_copula_the_words_cross_keeps_its_body_whole():
    text = news_page("8月3日，记者来到青禾电气。宋晓林是青禾电气有限公司工会主席。")
    assert ("宋晓林", "主席", "青禾电气有限公司工会") in first_article_positions(text)


def test_a_copula_clause_that_is_no_post_states_none():
    text = news_page("8月3日，记者来到青禾电气。宋晓林是青禾电气有限公司工会主席的得力助手。")
    assert not [p for p in first_article_positions(text) if p[0] == "宋晓林"]


def test_a_body_and_an_occupation_after_xianwei_are_the_persons_post():
    text = news_page("8月3日，记者来到青禾电气。宋晓林现为青禾电气有限公司技术员。")
    assert ("宋晓林", "技术员", "青禾电气有限公司") in first_article_positions(text)


def test_a_body_and_an_occupation_after_a_copula_are_the_persons_post():
    text = news_page("8月3日，记者来到青禾电气。宋晓林是青禾电气有限公司焊工，从业二十年。")
    assert ("宋晓林", "焊工", "青禾电气有限公司") in first_article_positions(text)


def test_a_body_and_a_noun_of_no_trade_after_a_copula_state_no_post():
    text = news_page("8月3日，记者来到青禾电气。宋晓林是青禾电气有限公司的骄傲，也是大家的榜样。")
    assert not [p for p in first_article_positions(text) if p[0] == "宋晓林"]
