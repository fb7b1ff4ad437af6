"""A union site's header row printed with no blank between its fields
(``浏览次数：86作者：某某 信息来源：某区总工会发布时间：2019-07-16``): the next field's key
was read as part of the source (``某区总工会发布时间``), which then named no union, so the
union's own writer was taken for a reporter; and a name glued to the next key
(``作者：某某信息来源：``) named no one. The key is no part of the value: the writer is
the union's, an author, as a row with blanks gives (ANNOTATION.md; real_dev4, real_dev12).
Invented rows in the shape of a district union's site (session 40, credits37)."""

from __future__ import annotations

from tests.conftest import page_authors

HEAD = "城关区总工会开展夏送清凉慰问活动\n"
TEXT = "7月15日，城关区总工会主席赵德明带队走访建筑工地，为200余名一线职工送去防暑降温物资。\n"


def _authors(row: str) -> set[tuple[str, str]]:
    page = HEAD + row + "\n" + TEXT
    return page_authors(page)


def test_a_unions_source_glued_to_the_time_key_gives_an_author() -> None:
    row = "浏览次数：86作者：田晓燕 信息来源：城关区总工会发布时间：2019-07-16"
    assert _authors(row) == {("田晓燕", "author")}


def test_a_name_glued_to_the_source_key_is_read() -> None:
    row = "作者：田晓燕信息来源：城关区总工会 发布时间：2019-07-16"
    assert _authors(row) == {("田晓燕", "author")}


def test_a_papers_source_glued_to_its_key_still_gives_a_reporter() -> None:
    row = "来源：兰州日报发布时间：2019-07-16 作者：田晓燕"
    assert _authors(row) == {("田晓燕", "reporter")}


def test_rows_with_blanks_are_as_before() -> None:
    assert _authors("作者：田晓燕 来源：城关区总工会 发布时间：2019-07-16") == {
        ("田晓燕", "author")
    }
    assert _authors("来源：兰州日报 作者：田晓燕") == {("田晓燕", "reporter")}
