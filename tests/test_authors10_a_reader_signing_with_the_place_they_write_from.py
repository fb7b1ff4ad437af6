"""A letter a magazine prints signed by a reader with the province or the city they
write from glued to the role word (``——湖北读者 某某``, ``贵州读者 某某``): the name is
the reader's, an author, as ``读者 某某`` is. The place and the role word were read as
the writer's unit and the name as a correspondent. A post and a title are still a
signed article's title (``□区委书记 某某``). Invented names (session 50, authors10)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_authors


def _read(byline: str, end_credit: bool = False) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.role.value, a.title) for a in parse_byline(byline, end_credit=end_credit)]


def test_a_place_glued_to_the_readers_role_word_gives_a_reader() -> None:
    assert _read("——湖北读者 芮晓", end_credit=True) == [("芮晓", "author", None)]
    assert _read("贵州读者 芮晓") == [("芮晓", "author", None)]


def test_a_signed_articles_title_is_still_its_title() -> None:
    assert _read("□区委书记 芮晓") == [("芮晓", "author", "区委书记")]


def test_a_readers_letter_closing_with_the_signature_credits_the_reader() -> None:
    page = (
        "感谢编辑的鼓励\n"
        "杂志上期刊登了我写的一首小诗，这对我是很大的鼓舞，我会继续写下去。\n"
        "——湖北读者 芮晓\n"
    )
    assert page_authors(page) == {("芮晓", "author")}
