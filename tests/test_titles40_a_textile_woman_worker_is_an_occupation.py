"""A trade of women workers named by its industry (纺织女工: people.yaml
women_worker_trades) printed right before a name is the person's title with no body,
as any occupation is (ANNOTATION.md, issue 10), where the build read none: 女工 alone
names no trade and stays so. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_textile_woman_worker_before_the_name():
    body = "获得一等奖的纺织女工韩丽娜说，练字让她在倒班间隙静下心来。"
    assert _posts(body, "韩丽娜") == {("纺织女工", None)}


def test_a_textile_woman_worker_in_a_role_clause():
    assert _posts("作为一名纺织女工，韩丽娜感到很自豪。", "韩丽娜") == {("纺织女工", None)}


def test_a_woman_worker_alone_is_no_trade():
    assert _posts("区总工会走访慰问困难女工韩丽娜。", "韩丽娜") == set()
