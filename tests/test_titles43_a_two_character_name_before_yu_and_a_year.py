"""A name of two characters before 于 and a year (某某于2013年当选…, 某某于2016年任…) ends
before 于 (``people.yaml`` name_followers), as one of three did: the name ran on into the
preposition (韩某于), the more so where jieba reads the given name's last character and 于
as one word (立于). A name with the surname 于 reads as before. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_name_of_two_before_yu_and_an_election():
    body = "韩明于2013年当选鹤城市总工会主席。"
    assert _posts(body) == {("韩明", "主席", "鹤城市总工会")}


def test_a_name_jieba_runs_into_yu():
    body = "韩立于2013年任鹤城市总工会副主席。"
    assert _posts(body) == {("韩立", "副主席", "鹤城市总工会")}


def test_a_name_of_surname_yu_after_a_title():
    body = "鹤城市总工会主席于立洋出席会议。"
    assert _posts(body) == {("于立洋", "主席", "鹤城市总工会")}
