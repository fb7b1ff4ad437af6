"""A photo's credit under its caption naming a Mongolian photographer without a role
word (``巴图孟和 乌云其木格 摄``): the credit's names had to have a surname's shape or a
dot, so the line was no credit and the photographers were lost. A name made of the
well-known name elements (``people.yaml`` name_elements) is a credit's name too.
Invented names and items."""

from __future__ import annotations

from gonghui_build.layout.photo_credits import credit_names
from tests.conftest import page_authors


def test_mongolian_names_before_the_photo_mark_are_a_credits_names() -> None:
    assert credit_names("巴图孟和 乌云其木格 摄") == ["巴图孟和", "乌云其木格"]
    assert credit_names("会议现场 摄") is None


def test_they_are_the_articles_photographers() -> None:
    page = (
        "牧民合作社成立联合工会\n"
        "近日，某旗牧民专业合作社联合工会成立，73名会员参加。\n"
        "图为成立大会现场。\n巴图孟和 乌云其木格 摄\n"
    )
    assert page_authors(page) == {("巴图孟和", "photographer"), ("乌云其木格", "photographer")}
