"""A name a web copy's header line (``作者：…``) shares with a credit in the text keeps
the role the text gives it: one author row, not a second one as the header's reporter.
Invented text in the shape of a union paper's web copy."""

from __future__ import annotations

from tests.conftest import page_facts


def test_a_header_author_the_text_credits_as_correspondent_keeps_that_role() -> None:
    lines = [
        "江岸区总工会开展女职工健康讲座",
        "2024-05-10 来源：东江工报 作者：苗雨青 程晓岚",
        "本报讯（记者 苗雨青 通讯员 程晓岚）5月9日，江岸区总工会在区职工之家举办女职工健康讲座，"
        "一百二十余名女职工参加。",
    ]
    authors = page_facts("\n".join(lines)).articles[0].authors
    roles = {(a.name, a.role.value) for a in authors}
    assert ("苗雨青", "reporter") in roles
    assert ("程晓岚", "correspondent") in roles
    assert ("程晓岚", "reporter") not in roles
    assert len(authors) == 2
