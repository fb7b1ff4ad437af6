"""A judge named after the court and 的 (某区法院的某某法官) holds the post at the court; a
people's court printed short (区法院, 某市中级法院) is the place's 人民法院, a court of a
special kind (海事法院) keeps its name; a judge's word alone (某某法官说) is a form of
address (invented people; real places)."""

from __future__ import annotations

from gonghui_build.extract.organisations.courts import full_court_name
from tests.conftest import first_article_positions, news_page, page_facts


def test_a_judge_after_the_court_and_de_holds_the_post_at_the_peoples_court():
    text = news_page(
        "6月3日，通州区总工会召开会议。项目工会还请来区法院的丁晓梅法官为工人讲解劳动合同法。"
    )
    assert ("丁晓梅", "法官", "通州区人民法院") in first_article_positions(text)


def test_a_judges_word_alone_is_no_post():
    article = page_facts(news_page("6月3日，韦海川法官说，调解是化解劳动争议的首选。")).articles[0]
    assert not article.positions


def test_a_short_peoples_court_is_completed_and_a_special_court_kept():
    assert full_court_name("通州区法院") == "通州区人民法院"
    assert full_court_name("株洲市中级法院") == "株洲市中级人民法院"
    assert full_court_name("通州区人民法院") == "通州区人民法院"
    assert full_court_name("上海海事法院") == "上海海事法院"
    assert full_court_name("芦淞区检察院") == "芦淞区人民检察院"
