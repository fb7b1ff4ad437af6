"""A name of Mongolian or Tibetan elements (巴图孟和, no surname opens it) before an
election's verb, opening the clause or right after a title, holds the post it is
elected to. Invented people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_name_of_elements_opening_the_clause_is_elected():
    text = news_page("大会选举产生了委员会，巴图孟和当选为联合工会主席。")
    assert ("巴图孟和", "主席", None) in first_article_positions(text)


def test_a_name_of_elements_after_a_title_is_elected():
    text = news_page("大会选举产生了委员会，合作社理事长巴图孟和当选为联合工会主席。")
    positions = first_article_positions(text)
    assert ("巴图孟和", "理事长", None) in positions
    assert ("巴图孟和", "主席", None) in positions
