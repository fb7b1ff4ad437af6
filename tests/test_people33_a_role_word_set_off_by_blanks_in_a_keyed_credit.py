"""A keyed credit that keys its writer and lists a correspondent after a blank
(``文/记者 某甲 通讯员 某乙 图/某丙``): the role word 通讯员 keys the name after it, as a
colon would; it was read as a name of the writer's list and the correspondent as a
reporter. A credit of role words alone (``记者 某甲 通讯员 某乙``) reads as before. Lead of
credits kept as authors (s45, people33); invented names."""

from __future__ import annotations

from gonghui_build.extract.keyed_credits import keyed_names
from tests.conftest import page_authors


def _page(credit: str) -> str:
    return f"区总工会慰问一线职工\n\n{credit}\n\n1月20日，区总工会主席刘建平带队慰问一线职工。\n"


def test_a_correspondent_after_a_keyed_writer_is_a_correspondent():
    authors = page_authors(_page("文/记者 林晓秋 通讯员 周海波 图/王立新"))
    assert authors == {
        ("林晓秋", "reporter"),
        ("周海波", "correspondent"),
        ("王立新", "photographer"),
    }


def test_the_keyed_names_keep_their_offsets():
    body = "文/记者 林晓秋 通讯员 周海波"
    assert [(n, r.value, body[s:e]) for n, r, s, e in keyed_names(body, 0)] == [
        ("林晓秋", "reporter", "林晓秋"),
        ("周海波", "correspondent", "周海波"),
    ]


def test_a_credit_of_role_words_alone_is_read_as_before():
    assert page_authors(_page("记者 林晓秋 通讯员 周海波")) == {
        ("林晓秋", "reporter"),
        ("周海波", "correspondent"),
    }
