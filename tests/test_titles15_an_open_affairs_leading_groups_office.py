"""The office of a leading group for an open-affairs system (某区厂务公开工作领导小组办公室,
某县政务公开工作领导小组办公室) is the body its head's post is held at, named whole: 厂务公开
is a fixed term of the name (``org_suffixes.yaml`` name_compounds), so 公开, which jieba
reads as an adverb, ends no name. Invented districts and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_an_open_affairs_leading_groups_office_is_named_whole():
    text = news_page("柳河区厂务公开工作领导小组办公室主任邝德胜介绍了经验。")
    assert ("邝德胜", "主任", "柳河区厂务公开工作领导小组办公室") in first_article_positions(text)


def test_a_government_affairs_office_is_named_whole():
    text = news_page("柳河县政务公开工作领导小组办公室副主任祁文斌出席会议。")
    positions = first_article_positions(text)
    assert ("祁文斌", "副主任", "柳河县政务公开工作领导小组办公室") in positions


def test_an_adverb_outside_a_fixed_term_still_ends_the_name():
    text = news_page("会上公开表彰了柳河区总工会办公室主任邝德胜。")
    assert ("邝德胜", "主任", "柳河区总工会办公室") in first_article_positions(text)
