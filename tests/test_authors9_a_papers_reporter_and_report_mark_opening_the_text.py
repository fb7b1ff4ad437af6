"""A paper's reporter closed by the report mark and a blank, opening the text with no
dateline or after one (``江南工人日报记者林晓秋报道 7月15日，…``, ``本报讯 江南工人日报记者
林晓秋报道 …``, ``记者林晓秋报道：…``), or the paper's reporter set apart by blanks before
the text's day (``江南工人日报记者 林晓秋 7月15日，…``), is the article's credit: the
layout reads it as a dateline, as it read ``本报记者 某某 报道 …`` and ``通讯员 某某
1月18日，…``. Before, the paper's name before the role word or the mark glued to the name
left the credit in the text and no author was credited. A sentence about the reporter
(``记者从会上获悉…``) is none. Invented names in the shape of provincial workers' dailies'
web copies (session 49, authors9)."""

from __future__ import annotations

import pytest

from tests.conftest import page_authors

HEAD = "江南区总工会开展送清凉活动\n"
TEXT = (
    "7月15日，江南区总工会组织慰问组走进建筑工地，为一线职工送去防暑用品200份。\n"
    "区总工会负责人表示，将持续关心户外劳动者的工作生活。\n"
)


@pytest.mark.parametrize(
    "credit",
    [
        "江南工人日报记者林晓秋报道 ",
        "江南工人日报记者 林晓秋 报道 ",
        "记者林晓秋报道：",
        "本报讯 江南工人日报记者林晓秋报道 ",
        "江南工人日报记者 林晓秋 ",
    ],
)
def test_the_credit_opening_the_text_names_the_reporter(credit: str) -> None:
    assert page_authors(HEAD + credit + TEXT) == {("林晓秋", "reporter")}


def test_a_sentence_about_the_reporter_credits_no_one() -> None:
    assert page_authors(HEAD + "记者从会上获悉报道 " + TEXT) == set()
