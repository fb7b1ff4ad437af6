"""A company's short name ends with the industry it is in (石湾重工, 青禾化工: heavy and
chemical industry), which ends like an occupation (工): a name printed right after it
holds no post named by the company, while a trade printed after the company, and a
trade jieba cuts to the same ending (起|重工), are posts. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_people


def test_a_name_after_a_company_named_for_its_industry_holds_no_post():
    text = news_page("8月3日，比赛中石湾重工宋晓林、青禾化工柏立秋分获一二名。")
    assert page_people(text) == ["宋晓林", "柏立秋"]
    assert first_article_positions(text) == set()


def test_a_trade_after_a_company_named_for_its_industry_is_the_post():
    found = first_article_positions(news_page("8月3日，石湾重工焊工宋晓林获得第一名。"))
    assert found == {("宋晓林", "焊工", "石湾重工")}


def test_a_trade_ending_like_an_industry_is_still_an_occupation():
    found = first_article_positions(news_page("8月3日，起重工宋晓林获得第一名。"))
    assert found == {("宋晓林", "起重工", None)}
