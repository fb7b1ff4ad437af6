"""``到建筑工地和县环卫所慰问``: jieba reads 和县 (a county of Anhui) where 和 joins the
building sites to the county's sanitation station; the short 县总工会 after it is the
federation of the county the article named in full, not 和县's (shape of real county
unions' summer-relief news, s43; text and people invented, the county real)."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_BODY = (
    "7月5日，青川县总工会组织志愿者到建筑工地和县环卫所慰问一线职工，送去防暑用品。"
    "县总工会主席罗明辉说，要把清凉送到每一位户外劳动者身边。"
)


def test_the_short_forms_take_the_articles_own_county():
    found = first_article_resolved(_BODY)
    assert "青川县环卫所" in found
    assert not any(name.startswith("和县") for name in found)


def test_the_chair_is_at_the_articles_county_federation():
    assert ("罗明辉", "主席", "青川县总工会") in first_article_positions(news_page(_BODY))
