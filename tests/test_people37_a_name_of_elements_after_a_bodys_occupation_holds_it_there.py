"""A name of Mongolian or Tibetan elements right after an occupation printed with its
body and closed by a comma (某电力公司电工朝某某，…) holds the occupation at that body,
as a Han name the model reads there does: the model misses such names before a comma,
so the occupation rule's hit keeps the post described before it; a name only the
occupation rule reads that is no name of elements still takes none. Invented names and
units (s47, people37)."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _positions(body: str) -> list[tuple[str, str, str | None]]:
    text = "青禾市工会简讯\n\n本报讯 " + body
    return [
        (q.name, q.title, q.org_written) for a in page_facts(text).articles for q in a.positions
    ]


@pytest.mark.parametrize(("name", "job"), [("朝鲁门", "电工"), ("巴图吉日", "焊工")])
def test_a_name_of_elements_after_a_bodys_occupation_and_a_comma_holds_it(name, job):
    body = f"5月8日，青禾电力公司{job}{name}，在抢修现场连续工作十小时。"
    assert _positions(body) == [(name, job, "青禾电力公司")]


def test_a_name_of_elements_after_a_bare_occupation_holds_it_at_no_body():
    body = "5月8日，电工朝鲁门，在抢修现场连续工作十小时。"
    assert _positions(body) == [("朝鲁门", "电工", None)]
