"""A feature whose writer signs at the end of its last paragraph, the name closed by
the text's mark (``…大家纷纷点赞。某某某文``, ``…点赞。某某 文``, ``…点赞。某某 某某 文/图``),
credits the writer with the text (and the photos for 文/图): the names are read as a
credit run into the text's end, as ``…。本报记者 某某`` is. Before, only a role word or a
bracket opened such a credit, and the writer was lost. A sentence ending on a word
before 文 is no credit. Invented names in the shape of union papers' readers' pieces
and features (session 48, authors8)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.credits import closing_credit_start
from tests.conftest import page_authors

TEXT = (
    "让职工在家门口享受服务\n"
    "本周，某区总工会组织三十名职工走进社区开展志愿服务，为居民义务理发、维修家电。\n"
    "活动受到居民欢迎，大家纷纷点赞。"
)


@pytest.mark.parametrize("credit", ["林晓秋文", "林晓秋 文", "林晓秋　文"])
def test_the_writer_glued_or_set_apart_is_the_reporter(credit: str) -> None:
    assert page_authors(TEXT + credit + "\n") == {("林晓秋", "reporter")}


def test_two_writers_before_one_mark() -> None:
    assert page_authors(TEXT + "林晓秋 孟可欣 文\n") == {
        ("林晓秋", "reporter"),
        ("孟可欣", "reporter"),
    }


def test_a_mark_of_text_and_photos_gives_both_roles() -> None:
    assert page_authors(TEXT + "林晓秋 文/图\n") == {
        ("林晓秋", "reporter"),
        ("林晓秋", "photographer"),
    }


@pytest.mark.parametrize("ending", ["活动丰富多彩 文", "他们说这是一篇好作文"])
def test_words_before_the_mark_are_no_credit(ending: str) -> None:
    assert closing_credit_start("大家纷纷点赞。" + ending) is None
