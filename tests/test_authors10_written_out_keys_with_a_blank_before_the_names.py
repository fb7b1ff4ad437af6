"""A post's closing credit that keys its names with the written-out words and a blank
alone (``文字 某甲 摄影 某乙``, ``文字 某甲 图片 某乙``), as ``文 某甲 图 某乙`` does with
the one-character marks: the writer and the photographer. The line was read as a
photo's caption (its 摄影) and both lost. Words that key no names (``文字 说明``) stay
no credit. Invented names (session 50, authors10)."""

from __future__ import annotations

from gonghui_build.layout.end_credits import is_keyed_credit
from tests.conftest import page_authors

PAGE = "区总工会举办职工书法展\n5月8日，青禾区总工会在区文化馆举办职工书法展，展出作品120幅。\n"


def test_written_out_keys_and_a_blank_key_the_names_after_them() -> None:
    assert is_keyed_credit("文字 芮晓 摄影 欧阳明")
    assert is_keyed_credit("文字 芮晓 图片 欧阳明")
    assert not is_keyed_credit("文字 说明 图片 来源")
    assert not is_keyed_credit("图片 来自网络")


def test_the_credit_closing_a_post_gives_the_writer_and_the_photographer() -> None:
    authors = page_authors(PAGE + "文字 芮晓 摄影 欧阳明\n")
    assert authors == {("芮晓", "reporter"), ("欧阳明", "photographer")}
