"""A portal's header row printing each field in its own 【】 (``【作者：通讯员 某某】
【责任编辑：某某】``): the author's value ends at its field's closing bracket. Before, the
value ran on into the editor's field, and the editor's key was read as an author named
任编辑. Invented names (session 42, authors5)."""

from __future__ import annotations

from tests.conftest import page_authors

TEXT = "2月12日，临江县总工会在工会驿站开展元宵送温暖活动，为户外劳动者送上汤圆。\n"


def test_a_bracketed_author_field_gives_its_correspondent() -> None:
    page = "临江工会驿站闹元宵\n【作者：通讯员 吕敏】 【责任编辑：曾怡】\n" + TEXT
    assert page_authors(page) == {("吕敏", "correspondent")}


def test_an_unbracketed_author_field_is_as_before() -> None:
    page = "临江工会驿站闹元宵\n作者：通讯员 吕敏 责任编辑：曾怡\n" + TEXT
    assert ("吕敏", "correspondent") in page_authors(page)


def test_an_author_field_ends_before_the_next_fields_key() -> None:
    """``作者：通讯员 某某 摄影：某某``: the author's value runs to the photographer's key;
    before, 摄影 closed the correspondent's name as a mark (a photographer) and the
    photographer's field was never read."""
    page = "临江工会驿站闹元宵\n来源：临江县总工会\n作者：通讯员 吕敏 摄影：陈嘉树\n" + TEXT
    assert page_authors(page) == {("吕敏", "correspondent"), ("陈嘉树", "photographer")}


def test_an_author_field_before_an_editors_key_names_the_author_alone() -> None:
    page = "临江工会驿站闹元宵\n来源：临江日报 作者：记者 吕敏 编辑：凌一舟\n" + TEXT
    assert page_authors(page) == {("吕敏", "reporter")}
