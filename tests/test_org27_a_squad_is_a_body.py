"""A squad (中队: a mine-rescue or an inspection brigade's unit, under its 大队) printed
after its body is an organisation of its own, and its head's post (中队长) is held there
(ANNOTATION.md: the sections and teams of any body printed with it before a post are
organisations of their own). Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_squad_after_its_group_is_an_organisation():
    found = first_article_resolved("青岭矿业集团救护中队获团体一等奖。")
    assert "青岭矿业集团救护中队" in found


def test_the_squads_head_holds_his_post_at_the_squad():
    page = news_page("青岭矿业集团救护中队获团体一等奖，中队长钱立新获个人第一名。")
    assert ("钱立新", "中队长", "青岭矿业集团救护中队") in first_article_positions(page)
