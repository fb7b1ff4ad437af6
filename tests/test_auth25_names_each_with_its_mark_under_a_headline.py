"""A feature prints its writer and photographer under the headline as names each
closed by its own mark (``某甲/文 某乙/摄``), the form ``文/某甲 图/某乙`` takes with the
marks first. Read as a credit at the text's end, the line was no byline at its head:
the layout left it as the page's furniture and the article lost both authors. Invented
names (authors, the credit forms of real_dev25)."""

from __future__ import annotations

from gonghui_build.layout.mark_keys import names_each_marked
from tests.conftest import page_authors

PAGE = (
    "青禾工人报\n第02版：综合\n职工羽毛球赛开赛\n{credit}\n"
    "7月16日，青禾县总工会在县体育馆举办职工羽毛球比赛，十二支代表队的九十余名职工参赛。\n"
)


def test_names_each_closed_by_a_mark_the_first_the_texts_are_a_credit() -> None:
    assert names_each_marked("鲁清涵/文 孙一鸣/摄")
    assert names_each_marked("鲁清涵／文  孙一鸣／图")
    assert not names_each_marked("鲁清涵/摄 孙一鸣/文")  # the photographer first: no byline read
    assert not names_each_marked("男子/单打 女子/双打")  # words, no names
    assert not names_each_marked("鲁清涵/文")  # one name: read as 某某/文 already


def test_under_a_headline_they_are_the_writer_and_the_photographer() -> None:
    authors = page_authors(PAGE.format(credit="鲁清涵/文 孙一鸣/摄"))
    assert authors == {("鲁清涵", "reporter"), ("孙一鸣", "photographer")}
