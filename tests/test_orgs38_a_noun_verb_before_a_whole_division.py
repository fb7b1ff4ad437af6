"""A headline's two parts run on once the blank between them is gone (…行动|某区总工会
走进…): jieba tags 行动 a verb used as a noun, which a body's name may hold after its
place (北京|排水|集团), and the walk took it in (行动某区总工会). Before a division
printed whole with its level it is the sentence's. Seen in a tuning set's WeChat post
(session 52, orgs38). Text, people and bodies are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_noun_verb_before_a_whole_district_is_no_part_of_the_name():
    body = "冬日里的温暖行动兴庆区总工会走进快递网点，为快递员送上手套。"
    assert first_article_resolved(body) == {"兴庆区总工会"}
