"""The head of a transport crew printed before the name (列车长, 乘务长, 船长) is the
person's title, at the depot, airline or shipping company printed with it, or with no
body when none is (tests/fixtures/ANNOTATION.md: a job printed before a name is the
person's title; ``titles.yaml`` bases). In a list after a captain of the same airline
the purser holds her post there too, as any post of no body in such a list does.
Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_train_chief_at_the_passenger_depot():
    body = "金江铁路客运段列车长罗海军带领乘务组迎接旅客。"
    assert _posts(body, "罗海军") == {("列车长", "金江铁路客运段")}


def test_a_purser_at_the_airline():
    body = "金江航空公司乘务长毕晓楠带领乘务组为旅客送上元宵。"
    assert _posts(body, "毕晓楠") == {("乘务长", "金江航空公司")}


def test_a_ship_master_at_the_shipping_company():
    body = "金江海运公司船长毕晓楠带领船员在甲板上过节。"
    assert _posts(body, "毕晓楠") == {("船长", "金江海运公司")}


def test_a_purser_listed_after_a_captain_of_the_same_airline():
    body = "金江航空公司机长罗海军、乘务长毕晓楠分别作为代表发言。"
    assert _posts(body, "毕晓楠") == {("乘务长", "金江航空公司")}
    assert _posts(body, "罗海军") == {("机长", "金江航空公司")}


def test_a_bare_train_chief_holds_the_job_at_no_body():
    assert _posts("列车长罗海军说，春运期间旅客比往年多。", "罗海军") == {("列车长", None)}


def test_a_crew_word_that_heads_no_name_is_no_post():
    article = page_facts(news_page("金江铁路客运段的列车长们在春运前接受了培训。")).articles[0]
    assert not article.positions
