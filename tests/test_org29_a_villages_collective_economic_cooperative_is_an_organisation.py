"""A village's collective economic organisation (某村股份经济合作社, the name the rural
collective economic organisations law gives it) printed with its town and village before
a member is an organisation, and the member's 社员 is held there (ANNOTATION.md: every
specific organisation the article names; an occupation printed with its body). Invented
names."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_TEXT = "全县农村技能大赛举行。高台县南华镇东湾村股份经济合作社社员郁长青获嫁接项目第一名。"


def test_the_villages_cooperative_is_an_organisation():
    assert "高台县南华镇东湾村股份经济合作社" in first_article_resolved(_TEXT)


def test_the_member_holds_his_post_there():
    found = first_article_positions(news_page(_TEXT))
    assert ("郁长青", "社员", "高台县南华镇东湾村股份经济合作社") in found
