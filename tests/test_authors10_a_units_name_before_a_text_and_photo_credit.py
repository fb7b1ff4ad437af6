"""A closing credit of the writer's unit, the writer and a mark of text and photos
(``（集团工会 某某 文/图）``), as enterprise and union sites close their news: it was
read as a photo's caption (the mark 图) and no author found. The unit is the writer's,
as in ``（厂工会 某某）``; the name wrote the text and took the photos. A line of words
with the mark (``劳动光荣 文/图``) stays no credit. Invented names (session 50, authors10)."""

from __future__ import annotations

from gonghui_build.layout.end_credits import is_credit_line
from tests.conftest import layout_roles, page_authors

PAGE = (
    "公司召开第二届职工代表大会\n"
    "3月6日，青禾机电有限公司第二届职工代表大会在公司报告厅召开，98名职工代表参加会议。\n"
    "大会审议通过了集体合同草案。\n"
)


def test_a_unit_a_name_and_a_text_and_photo_mark_in_brackets_is_a_credit() -> None:
    assert is_credit_line("（集团工会 芮晓 文/图）")
    assert is_credit_line("（区总工会宣教部 芮晓 文/图）")
    assert not is_credit_line("劳动光荣 文/图")
    assert not is_credit_line("职工书屋 揭牌仪式 文/图")


def test_the_credit_closes_the_article_as_its_byline_with_both_roles() -> None:
    credit = "（公司工会 芮晓 文/图）"
    assert layout_roles(PAGE + credit + "\n")[credit][0] == "byline"
    assert page_authors(PAGE + credit + "\n") == {("芮晓", "reporter"), ("芮晓", "photographer")}
