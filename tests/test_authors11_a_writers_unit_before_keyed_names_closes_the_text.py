"""A closing credit that prints the writers' unit before keyed names (``（校工会 撰稿：某某
摄影：某某）``, ``（院工会 文/某某 图/某某）``), as university and company union sites
close their news: the unit before the first key made the bracket read as a photo's
caption, and no author was found; with an editor's key after the writers the keys were
read one name off. The unit is a body's name (as in ``（厂工会 葛平）``), no author; each
name after it keeps its key's role. A phrase before the keys (``劳动光荣``) is no unit,
and the bracket stays no credit. Invented names (session 51, authors11)."""

from __future__ import annotations

from gonghui_build.extract.keyed_credits import keyed_names
from gonghui_build.layout.end_credits import is_credit_line
from tests.conftest import layout_roles, page_authors

PAGE = (
    "学院工会举办教职工趣味运动会\n"
    "11月8日，青禾学院工会在学校体育馆举办教职工趣味运动会，300余名教职工参加。\n"
    "运动会设拔河、跳绳等6个项目，机关分工会获团体第一名。\n"
)


def test_a_unit_then_keyed_names_in_brackets_is_a_credit_line() -> None:
    assert is_credit_line("（校工会 撰稿：苗一禾 摄影：钟晓岚）")
    assert is_credit_line("（机关分工会 文字：苗一禾 图片：钟晓岚）")
    assert is_credit_line("校工会 撰稿：苗一禾 摄影：钟晓岚")
    assert not is_credit_line("（劳动光荣 文/苗一禾 图/钟晓岚）")


def test_the_credit_closes_the_article_with_each_keys_role() -> None:
    credit = "（校工会 撰稿：苗一禾 摄影：钟晓岚）"
    assert layout_roles(PAGE + credit + "\n")[credit][0] == "byline"
    assert page_authors(PAGE + credit + "\n") == {
        ("苗一禾", "author"),
        ("钟晓岚", "photographer"),
    }


def test_writers_keyed_with_slashes_after_a_unit_keep_their_keys_roles() -> None:
    assert page_authors(PAGE + "（院工会 文/苗一禾 图/钟晓岚）\n") == {
        ("苗一禾", "reporter"),
        ("钟晓岚", "photographer"),
    }


def test_an_editors_key_after_the_writers_shifts_no_role() -> None:
    credit = "（校工会 撰稿：苗一禾 摄影：钟晓岚 审核：严立）"
    assert page_authors(PAGE + credit + "\n") == {
        ("苗一禾", "author"),
        ("钟晓岚", "photographer"),
    }


def test_the_body_that_sent_the_copy_in_leaves_the_photographer_his_key() -> None:
    found = keyed_names("院工会供稿 摄影/钟晓岚", 0)
    assert [(n, r.value) for n, r, _, _ in found] == [("钟晓岚", "photographer")]
    assert keyed_names("劳动光荣 文/苗一禾", 0) == []
