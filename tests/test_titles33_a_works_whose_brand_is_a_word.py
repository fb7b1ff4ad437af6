"""A works whose brand is a word of the language (宏远/a, 精诚/a, 先锋/n to jieba), printed
before one word of its trade and 厂 (机械厂, 纺织厂) and read whole by the model, is one
body, so a post after 该厂 is held there; a kind (大型, 先进) or an ownership (国营) before
the trade names no works (``organisations.model``). Invented names."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_the_works_director_after_gai_chang():
    body = "近日，宏远纺织厂召开第九届职代会第三次会议。该厂厂长周立新作工作报告。"
    assert _posts(body, "周立新") == {("厂长", "宏远纺织厂")}


def test_an_adjective_brand_names_the_works():
    assert "精诚机械厂" in first_article_orgs("近日，精诚机械厂召开职代会。")


def test_a_works_union_of_a_word_brand_is_named():
    assert "宏远机械厂工会" in first_article_orgs("近日，宏远机械厂工会主席刘明到车间走访。")


def test_an_ownership_kind_names_no_works():
    body = "近日，国营机械厂召开职代会。该厂厂长周立新作报告。"
    assert _posts(body, "周立新") == {("厂长", None)}


def test_kinds_of_works_are_no_body():
    assert not first_article_orgs("近日，先进机械厂、大型机械厂纷纷召开职代会。")


def test_a_proper_brand_is_unchanged():
    body = "近日，金桥机械厂召开职代会。该厂厂长周立新作报告。"
    assert _posts(body, "周立新") == {("厂长", "金桥机械厂")}
