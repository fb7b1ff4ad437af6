"""A post stated after a name with the copula or a mark of tenure whose body is a word
referring back (某某是该公司厂长, 某某现为该公司某分厂厂长): the body is the one of that
kind named before in the article, as for 该公司厂长某某 (chain_filling_clause lets the
anaphor open the clause before the chain). Invented names."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page

_COMPANY = "临江东方机床有限公司召开职代会。"


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_COMPANY + "刘国强是该公司厂长。", ("厂长", "临江东方机床有限公司")),
        (
            _COMPANY + "刘国强现为该公司变压器分厂厂长。",
            ("厂长", "临江东方机床有限公司变压器分厂"),
        ),
    ],
)
def test_the_anaphor_after_the_copula_is_the_body_named_before(body, expected):
    assert _posts(body, "刘国强") == {expected}


def test_a_full_name_after_the_copula_is_unchanged():
    body = _COMPANY + "刘国强是临江东方机床有限公司厂长。"
    assert _posts(body, "刘国强") == {("厂长", "临江东方机床有限公司")}
