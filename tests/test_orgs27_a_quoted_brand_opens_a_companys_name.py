"""A company's brand printed in quotes (“海兰江”餐饮公司, “长江”号轮船公司工会) opens its
name, quotes kept, as the annotation gives it: the walk stopped at the closing quote and
cut the name to its trade and form (餐饮公司) or to a 号 torn from its brand (号轮船公司
工会), and the post was held there. Near misses: a quoted campaign before the company's
short form (“…”公司工会) leaves the short form read back; a quoted honour before a
company named in full stays out of its name. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_quoted_brand_opens_the_companys_union():
    text = news_page("“海兰江”餐饮公司工会主席周平出席。")
    assert ("周平", "主席", "“海兰江”餐饮公司工会") in first_article_positions(text)


def test_a_quoted_brand_with_hao_is_not_torn():
    text = news_page("“长江”号轮船公司工会主席周平出席。")
    assert ("周平", "主席", "“长江”号轮船公司工会") in first_article_positions(text)


def test_a_quoted_brand_before_a_registered_form():
    assert "“金牌”有限公司" in first_article_resolved("“金牌”有限公司总经理刘明出席。")


def test_a_campaign_before_the_short_form_is_no_brand():
    found = first_article_resolved("红星机械公司开展“我为职工办实事”公司工会主席刘明出席。")
    assert found == {"红星机械公司", "红星机械公司工会"}


def test_an_honour_before_a_company_named_in_full():
    found = first_article_resolved("荣获“全国五一劳动奖状”的红星公司工会主席刘明出席。")
    assert found == {"红星公司工会"}


def test_a_quoted_brands_team_keeps_the_brand():
    found = first_article_resolved("经过角逐，“金达莱”食品公司代表队获团体一等奖。")
    assert "“金达莱”食品公司" in found
    assert "食品公司" not in found
