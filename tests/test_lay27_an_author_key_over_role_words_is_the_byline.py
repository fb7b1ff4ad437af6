"""An e-paper's article view prints its byline keyed as a field (``作者：记者 某某 通讯员
某某``) under the head: the role words after the key make it the writers' byline, not
a header field of the site's, so a reporter signs the piece (a feature). A bare
``作者：某某`` in a web copy's header row stays the site's field. Invented text in the
shape of provincial workers' e-papers (real_dev27)."""

from __future__ import annotations

from tests.conftest import layout_roles, page_authors

PAGE = (
    "青禾职工报\n"
    "2024年05月08日\n"
    "第02版：要闻\n"
    "一线工匠走上讲台\n"
    "作者：记者 柏文清 通讯员 祁玉婷\n"
    "5月6日，青禾市总工会“劳模进校园”宣讲活动在青禾职业技术学院启动，600余名学生聆听宣讲。\n"
    "市总工会副主席钱振华介绍，活动将走进12所职业院校。\n"
)


def test_the_keyed_row_of_role_words_is_the_byline() -> None:
    assert layout_roles(PAGE)["作者：记者 柏文清 通讯员 祁玉婷"] == ("byline", 0)


def test_its_names_keep_the_roles_their_words_give() -> None:
    assert {("柏文清", "reporter"), ("祁玉婷", "correspondent")} <= page_authors(PAGE)


def test_a_bare_author_field_is_still_the_sites() -> None:
    page = PAGE.replace("作者：记者 柏文清 通讯员 祁玉婷", "来源：青禾工会网 作者：柏文清")
    assert layout_roles(page)["来源：青禾工会网 作者：柏文清"][0] == "furniture"
