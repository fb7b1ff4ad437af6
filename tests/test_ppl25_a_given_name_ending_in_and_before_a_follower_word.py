"""A name after a title whose given name ends in 和 (温某和作开班动员): where the word
after 和 follows names (作, 主持) and joins nothing, 和 is the name's last character; a
name or a noun after it (和李四, 和作家) leaves 和 a conjunction."""

from __future__ import annotations

from tests.conftest import news_page, page_people


def test_a_given_name_ending_in_and_before_a_follower_word():
    body = "县委常委、统战部部长温景和作开班动员；县总工会常务副主席吴立新主持开班式。"
    assert "温景和" in page_people(news_page(body))


def test_and_before_another_name_stays_a_conjunction():
    people = page_people(news_page("区总工会主席温景和李四出席。"))
    assert "温景和" not in people
