"""A post's writer and photographer credited by their keys before the names (``文 林晓秋
图 孟可欣``, ``文/林晓秋 图/孟可欣``, ``文字：林晓秋 摄影：孟可欣``), run on into the text's
first line before its day (``… 7月15日，…``), are the article's credit: the layout reads
the keys and names as a dateline's credit, and the writer is credited with the text and
the photographer with the photos. Before, the credit stayed in the body and both were
lost. Words that are no keys before the day (``文艺汇演 精彩纷呈 近日，…``) stay text.
Invented names in the shape of union WeChat posts' copies (session 49, authors9)."""

from __future__ import annotations

import pytest

from tests.conftest import page_authors

HEAD = "江南区总工会开展送清凉活动\n"
TEXT = (
    "7月15日，江南区总工会组织慰问组走进建筑工地，为一线职工送去防暑用品200份。\n"
    "区总工会负责人表示，将持续关心户外劳动者的工作生活。\n"
)


@pytest.mark.parametrize(
    "credit", ["文 林晓秋 图 孟可欣 ", "文/林晓秋 图/孟可欣 ", "文字：林晓秋 摄影：孟可欣 "]
)
def test_the_keyed_credit_opening_the_text_names_writer_and_photographer(credit: str) -> None:
    assert page_authors(HEAD + credit + TEXT) == {
        ("林晓秋", "reporter"),
        ("孟可欣", "photographer"),
    }


def test_the_writers_key_alone_before_the_day() -> None:
    assert page_authors(HEAD + "文 林晓秋 " + TEXT) == {("林晓秋", "reporter")}


def test_words_that_are_no_keys_before_the_day_credit_no_one() -> None:
    assert page_authors(HEAD + "文艺汇演 精彩纷呈 " + TEXT) == set()


def test_the_opening_credits_keys_are_the_bylines_keyed_roles():
    """The keys the opening credit's pattern spells out are bylines.yaml's (one
    definition): the reporter's keys, and the photographer's less the supplier's."""
    from gonghui_build import reference as lexicon
    from gonghui_build.layout.bare_credits import PHOTOGRAPHER_KEYS, WRITER_KEYS

    keyed = lexicon.keyed("bylines.yaml", "keyed_roles")
    supplied = set(lexicon.words("bylines.yaml", "supplied_keys"))
    assert set(WRITER_KEYS) == {k for k, role in keyed.items() if role == "reporter"}
    photographer = {k for k, role in keyed.items() if role == "photographer"}
    assert set(PHOTOGRAPHER_KEYS) == photographer - supplied
