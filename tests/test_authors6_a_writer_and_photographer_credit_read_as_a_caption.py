"""A line of its own under an item's text naming the writer and the photographer, each
closed by a mark set apart (``某某 文 某某 摄``), credits both, the writer as a reporter
and the photographer, when the layout reads the line as a photo's caption: the repair
joined the line's words (``某某文某某摄``), so it is read with the page's spaces put back,
as the same credit in brackets (``（某某 文 某某 摄）``) is read as a byline. Was: no
author. A caption with no such credit names no one. Invented names in the shape of a
provincial workers' paper's photo news (session 47, authors6)."""

from __future__ import annotations

from tests.conftest import page_authors, page_facts

HEAD = "某厂工会慰问困难职工\n"
TEXT = "某热电厂工会为57名困难职工发放慰问金11550元，厂领导慰问离退休职工。\n"


def test_the_writer_and_the_photographer_are_credited() -> None:
    assert page_authors(HEAD + TEXT + "韦建新 文 庞保平 摄\n") == {
        ("韦建新", "reporter"),
        ("庞保平", "photographer"),
    }


def test_each_name_is_found_in_the_line() -> None:
    article = page_facts(HEAD + TEXT + "韦建新 文 庞保平 摄\n").articles[0]
    assert [(a.span.text_start, a.span.text_end) for a in article.authors] == [(0, 3), (4, 7)]


def test_a_caption_without_a_credit_names_no_author() -> None:
    assert page_authors(HEAD + TEXT + "图为厂领导慰问离退休职工\n") == set()
