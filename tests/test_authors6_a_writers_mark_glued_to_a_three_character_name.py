"""A photo news credit whose writer's mark is glued to a name of three characters
(``某某某文 某某 摄``, as a provincial workers' paper prints it) credits the writer as a
reporter and the other name as the photographer; the 文 is no fourth character of the
name. Was: one photographer named ``某某某文``. A name of three characters ending in 文
(``某明文``) and a compound surname's name of four (``欧阳某文``) stay names, the photo
mark crediting them. Invented names (session 47, authors6)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.extract.credits import glued_writer_mark
from tests.conftest import page_authors

HEAD = "某厂工会慰问困难职工\n"
TEXT = "某热电厂工会为57名困难职工发放慰问金11550元，厂领导慰问离退休职工。\n"


def _roles(credit: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(credit)]


def test_the_glued_mark_closes_the_writers_name() -> None:
    assert _roles("韦建新文 庞保平 摄") == [("韦建新", "reporter"), ("庞保平", "photographer")]


def test_a_name_ending_in_wen_is_a_name() -> None:
    assert glued_writer_mark("韦明文") is None
    assert glued_writer_mark("欧阳明文") is None
    assert glued_writer_mark("韦建新文") == "文"


def test_the_credit_under_the_text_credits_both() -> None:
    assert page_authors(HEAD + TEXT + "韦建新文 庞保平 摄\n") == {
        ("韦建新", "reporter"),
        ("庞保平", "photographer"),
    }
