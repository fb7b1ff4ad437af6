"""A closing row keying one name with the mark of text and photos and a colon, then the
editor (``图文：某某 编辑：某某``, ``文/图：某某 审核：某某``), as union sites' and posts'
rows do: the editor's key made the row furniture, and the writer was lost, though the
same row keyed with slashes (``图文/某某 编辑/某某``) was the item's credit. The mark
keys a name as the role words do; the editor stays no author, and words after the mark
(``图文：职工风采``) leave the row furniture. Invented names (session 51, authors11)."""

from __future__ import annotations

from gonghui_build.layout.end_credits import is_keyed_credit
from tests.conftest import layout_roles, page_authors

PAGE = (
    "公司工会开展冬季送温暖活动\n"
    "12月3日，青禾燃气集团工会走访慰问一线抢修班组，为120名职工送去御寒用品。\n"
)


def test_the_mark_keys_a_name_with_a_colon() -> None:
    assert is_keyed_credit("图文：苗一禾 编辑：严立")
    assert is_keyed_credit("文/图：苗一禾 审核：严立")
    assert not is_keyed_credit("图文：职工风采 编辑：严立")


def test_the_row_is_the_items_credit_and_the_editor_no_author() -> None:
    row = "图文：苗一禾 编辑：严立"
    assert layout_roles(PAGE + row + "\n")[row][0] == "byline"
    assert page_authors(PAGE + row + "\n") == {("苗一禾", "reporter"), ("苗一禾", "photographer")}
