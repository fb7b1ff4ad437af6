"""An Inner Mongolian union's site names its writer in the header row
(``来源：某市总工会  作者：苏和巴雅尔``) by a Mongolian given name of four characters or
more, printed without a surname. The row's reader took only names of a surname's shape
or of parts joined by a dot, so the article lost its author; a name made of the
well-known Mongolian and Tibetan name elements (``people.yaml`` name_elements) is a
name there too. Invented names and bodies (authors, real_dev18's shape)."""

from __future__ import annotations

from tests.conftest import page_authors


def _page(author: str) -> str:
    return (
        "牧民合作社成立联合工会\n"
        f"2023-08-09 09:15  来源：某市总工会  作者：{author}\n"
        "近日，某旗牧民专业合作社联合工会成立，来自9家合作社的73名会员参加。\n"
    )


def test_a_name_of_mongolian_elements_is_the_header_rows_author() -> None:
    assert ("苏和巴雅尔", "author") in page_authors(_page("苏和巴雅尔"))
    assert ("乌云其木格", "author") in page_authors(_page("乌云其木格"))


def test_words_of_no_elements_stay_no_author() -> None:
    assert page_authors(_page("工会动态")) == set()
