"""An adverb of a post taken for the first time or again between a name and an
election's verb (某某首次当选…, 某某再次当选为…, 某某连续当选…; after a year too:
某某2013年首次当选…) leaves the post the name's, as 先后 and 曾 do (``people.yaml``
election_adverbs); before, the name held no post. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_elected_for_the_first_time():
    body = "韩立首次当选鹤城市总工会兼职副主席。"
    assert _posts(body) == {("韩立", "兼职副主席", "鹤城市总工会")}


def test_elected_again_with_wei():
    body = "韩立再次当选为鹤城市总工会兼职副主席。"
    assert _posts(body) == {("韩立", "兼职副主席", "鹤城市总工会")}


def test_elected_in_a_row():
    assert _posts("韩立连续当选鹤城市总工会主席。") == {("韩立", "主席", "鹤城市总工会")}


def test_a_year_before_the_adverb():
    body = "郜建国2013年首次当选鹤城市总工会兼职副主席。"
    assert _posts(body) == {("郜建国", "兼职副主席", "鹤城市总工会")}
