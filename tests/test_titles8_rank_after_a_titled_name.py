"""An academic rank printed right after a name that a title chain precedes
(某医院乳腺科主任某某教授) is a post of its own, of no body; a grade (教授级高工) is no
rank, and a rank after a body and the name keeps that body (invented people and bodies)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def test_a_rank_after_a_titled_name_is_a_post_of_no_body():
    text = news_page("3月6日，青禾纪念馆工会邀请青禾医院乳腺科主任丁晓梅教授为女职工开展健康讲座。")
    positions = first_article_positions(text)
    assert ("丁晓梅", "教授", None) in positions
    assert ("丁晓梅", "主任", "青禾医院乳腺科") in positions


def test_a_grade_after_a_titled_name_is_no_rank():
    text = news_page("3月6日，青禾公司总工程师韦海川教授级高工为学员授课。")
    assert {t for n, t, _ in first_article_positions(text) if n == "韦海川"} == {"总工程师"}


def test_a_rank_after_a_body_and_the_name_keeps_the_body():
    text = news_page("3月6日，青禾大学劳动学院韦海川教授为学员授课。")
    assert first_article_positions(text) == {("韦海川", "教授", "青禾大学劳动学院")}


def test_a_lawyer_after_a_firm_and_the_name_holds_the_post_at_the_firm():
    text = news_page("讲座特邀青禾金鼎律师事务所丁晓梅律师为参加人员讲授劳动争议实务。")
    assert first_article_positions(text) == {("丁晓梅", "律师", "青禾金鼎律师事务所")}


def test_a_lawyer_after_a_titled_name_is_a_post_of_no_body():
    text = news_page("启动仪式后，青禾申衡律师事务所主任韦海川律师为农民工提供法律咨询。")
    positions = first_article_positions(text)
    assert ("韦海川", "律师", None) in positions
    assert ("韦海川", "主任", "青禾申衡律师事务所") in positions


def test_a_rank_after_a_body_and_de_keeps_the_body():
    text = news_page("讲座特邀青禾师范大学的韦海川副教授为参加人员讲授劳动争议实务。")
    assert first_article_positions(text) == {("韦海川", "副教授", "青禾师范大学")}


def test_a_firms_name_before_its_suffix_is_no_lawyers_name():
    text = news_page(
        "启动仪式后，律师团团长、青禾申衡律师事务所主任韦海川律师为农民工提供法律咨询。"
    )
    names = {p.name for p in page_facts(text).articles[0].people}
    assert "申衡" not in names
    assert "韦海川" in names
