"""``本报摄影记者 某某`` and ``特约摄影 某某``: the paper's photo journalist and its
contracted photographer; the names after them took the photos (a photographer, not a
reporter), over the text as in a caption's closing credit. Read in session 37 on a city
paper's photo story; invented text. ``本报记者 某某`` keeps the reporter's role."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts

TEXT = "10月12日，青禾市第十届职工运动会在市体育中心开幕，来自各行业的3000余名职工参赛。\n"


def _authors(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for art in page_facts(text).articles for a in art.authors}


def test_a_photo_journalists_byline_over_the_text_is_a_photographers() -> None:
    assert _authors("职工运动会开幕\n本报摄影记者 费宏宇\n" + TEXT) == {("费宏宇", "photographer")}


def test_a_photo_journalists_credit_closing_a_caption_is_read() -> None:
    page = "职工运动会开幕\n" + TEXT + "图为开幕式现场。 本报摄影记者 费宏宇 摄\n"
    assert _authors(page) == {("费宏宇", "photographer")}


def test_a_contracted_photographers_word_gives_a_photographer() -> None:
    assert [(a.name, a.role.value) for a in parse_byline("特约摄影 袁松林")] == [
        ("袁松林", "photographer")
    ]


def test_a_reporters_byline_stays_a_reporters() -> None:
    assert _authors("职工运动会开幕\n本报记者 费宏宇\n" + TEXT) == {("费宏宇", "reporter")}
