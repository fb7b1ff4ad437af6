"""A kind of body named by its place printed with its level and at most a common word
(某省旅游饭店, 某市饭店), right before a contest's skills word and the contest's name
(服务技能大赛, 技能比武), is the trade the contest is held for, no body's name; a hotel with
a brand of its own (某市宏远大酒店) or named by a bare place (北京饭店) stays one. Seen on a
tuning page, a hotel worker's profile (session 53, orgs43). Text and bodies are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_resolved


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_provinces_hotels_before_their_skills_contest_are_no_body():
    assert _names("2017年，她在安徽省旅游饭店服务技能大赛中获得第一名。") == []
    assert _names("领班韩小凡去年在黄山市饭店服务技能比武中获得第二名。") == []


def test_no_trade_is_left_on_the_page():
    body = "韩小凡去年在黄山市饭店服务技能比武中获得第二名。"
    assert first_article_resolved(body) == set()


def test_a_hotel_with_a_brand_before_a_contest_is_still_a_body():
    assert _names("黄山市宏远大酒店技能比武在此举行。") == ["黄山市宏远大酒店"]


def test_a_hotel_before_any_other_word_is_still_a_body():
    assert _names("她在黄山市饭店工作了十年。") == ["黄山市饭店"]


def test_a_company_of_another_kind_before_its_skills_contest_is_a_body():
    """Only hotels' trades (contest_sector_kinds): a city's bus or power company before a
    skills contest holds its own contest (review of s54)."""
    assert _names("长沙市公交公司技能大赛日前举行。") == ["长沙市公交公司"]
    assert _names("株洲市电力公司技能比武在株洲举行。") == ["株洲市电力公司"]
