"""保, a surname of Yunnan and Gansu (surnames.yaml, ambiguous: the word of 保护 and
保障), opens a name a title chain puts right before it (市委常委、市总工会主席保某某),
and the word it opens in running text (保持, 保障) stays no name. Invented names,
bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_federation_chair_surnamed_bao():
    body = "1月20日，市总工会举行慰问活动。市委常委、市总工会主席保慧琳出席并致辞。"
    positions = first_article_positions(news_page(body))
    assert ("保慧琳", "主席", "市总工会") in positions


def test_words_opened_by_bao_are_no_names():
    body = "1月20日，市总工会举行慰问活动。各级工会要保持工作力度，保障职工权益。市总工会主席林立出席。"
    positions = first_article_positions(news_page(body))
    assert {person for person, _, _ in positions} == {"林立"}
