"""A WeChat post's credit keyed with a bar (``图文 | 某某``) under a text, as under each
section of a roundup post, is that text's byline: the name wrote and photographed (two
rows, ANNOTATION.md: a name marked 文/摄 gets two rows), as ``图文/某某`` and ``图文：某某``
already were. Before, the bar left the line as furniture (or a caption) and the section
lost its credit. Invented names (auth27, real_dev27's sectioned WeChat roundup)."""

from __future__ import annotations

import pytest

from tests.conftest import page_authors

TEXT = (
    "青山区：书香润心 共读共享\n"
    "4月23日，青山区总工会在城郊街道职工书屋举办读书分享会，40余名快递员围坐一起交流读书心得。\n"
    "{credit}\n"
)


@pytest.mark.parametrize("credit", ["图文 | 罗晓帆", "图文丨罗晓帆", "图文｜罗晓帆"])
def test_the_bar_keyed_name_wrote_and_photographed(credit: str) -> None:
    assert page_authors(TEXT.format(credit=credit)) == {
        ("罗晓帆", "reporter"),
        ("罗晓帆", "photographer"),
    }


def test_a_section_after_it_keeps_its_own_credit() -> None:
    page = TEXT.format(credit="图文 | 罗晓帆") + (
        "青禾县：送书进工地 阅读零距离\n"
        "4月24日，青禾县总工会工作人员把300册图书送到棚改项目工地，为工地书屋揭牌。\n"
        "文字丨钱立\n"
    )
    assert page_authors(page) == {
        ("罗晓帆", "reporter"),
        ("罗晓帆", "photographer"),
        ("钱立", "reporter"),
    }
