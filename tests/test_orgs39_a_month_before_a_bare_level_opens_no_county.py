"""One character the model reads before a bare level word (是月|县总工会: a chronicle's
month before the county's short form) makes a county only when the gazetteer knows one
of that one-character name (代县, 淇县); 月县 is none. Seen on a tuning page of a county
yearbook's chronicle (session 52, orgs39). Text and bodies are invented; 代县 is real."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_month_before_a_bare_county_level_opens_no_county():
    body = "是月县总工会女职工委员会举办演讲比赛，38名女职工参赛。"
    assert not any(n.startswith("月") for n in first_article_resolved(body))


def test_a_county_of_one_character_after_a_date_is_kept():
    body = "同日代县总工会举办演讲比赛，38名女职工参赛。"
    assert first_article_resolved(body) == {"代县总工会"}


def test_a_renamed_county_of_one_character_is_kept():
    body = "同年通县印刷厂排字工柏小红获奖，户县总工会帮助职工解决子女入托难。"
    found = first_article_resolved(body)
    assert "通县印刷厂" in found and "西安市鄠邑区总工会" in found
