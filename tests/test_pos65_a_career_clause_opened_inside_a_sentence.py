"""A post told after a name that opens a clause inside a sentence, after a comma, after
其中 or after a noun for people (他的师傅某某曾任…, 徒弟…，其中某某后任…，某某现为…): the
post is that name's, as a sentence-opening name's career clause is. Invented names and
bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_WORKS = "青禾南港化工有限公司召开表彰会。"


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(_WORKS + body))


def test_a_name_after_a_noun_for_people_takes_the_career_post() -> None:
    body = "他的师傅邝立明曾任公司生产部经理，退休前留下一本笔记。"
    assert ("邝立明", "经理", "青禾南港化工有限公司生产部") in _posts(body)


def test_names_after_among_them_and_a_comma_take_their_posts() -> None:
    body = "刘国平带出的徒弟有30多人，其中梁远航后任公司裂解班班长，钟晓敏现为公司质量部副部长。"
    posts = _posts(body)
    assert ("梁远航", "班长", "青禾南港化工有限公司裂解班") in posts
    assert ("钟晓敏", "副部长", "青禾南港化工有限公司质量部") in posts


def test_a_comma_and_no_verb_of_tenure_gives_no_post() -> None:
    body = "刘国平带出的徒弟有30多人，梁远航在公司裂解班工作。"
    assert not any(n == "梁远航" for n, _, _ in _posts(body))
