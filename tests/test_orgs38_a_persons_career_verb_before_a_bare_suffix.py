"""A career told as `某某后任公司某班班长`: jieba reads 后任 as a noun, so the walk left
from the bare 公司 took the verb and the person before it in (某某后任公司某班), a body
of nobody's. The verb after a person ends the walk as the verb opening it does (后任|
市总工会). Seen in a tuning set's profile of a plant's operator (session 52, orgs38).
Text, people and bodies are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_person_and_a_career_verb_name_no_body():
    body = "刘冬梅进青禾化工有限公司当了学徒，其中徒弟王秋生后任公司聚合班班长。"
    found = first_article_resolved(body)
    assert not any("王秋生" in name for name in found)
    assert "青禾化工有限公司" in found


def test_the_verb_opening_a_whole_name_is_still_left_out():
    body = "刘冬梅后任青禾县总工会副主席。"
    assert first_article_resolved(body) == {"青禾县总工会"}
