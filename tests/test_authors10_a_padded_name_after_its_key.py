"""A keyed credit whose two-character name is padded to three characters' width right
after its key (``（文：某 某 图：某某）``), as an enterprise group's site closes its news:
one name, keyed as printed. The halves were read as two words of no name's shape and
the credit lost. Invented names (session 50, authors10)."""

from __future__ import annotations

from gonghui_build.layout.end_credits import is_credit_line
from tests.conftest import page_authors

PAGE = (
    "集团举办职工迎新趣味运动会\n"
    "12月26日，青禾集团职工迎新趣味运动会在老区足球场举行，200余名职工参赛。\n"
)


def test_a_padded_name_after_its_key_keeps_the_line_a_credit() -> None:
    assert is_credit_line("（文：芮 晓 图：欧阳明）")
    assert not is_credit_line("（文：芮 图：欧）")


def test_the_padded_name_is_one_author_in_its_keys_role() -> None:
    authors = page_authors(PAGE + "（文：芮 晓 图：欧阳明）\n")
    assert authors == {("芮晓", "reporter"), ("欧阳明", "photographer")}
