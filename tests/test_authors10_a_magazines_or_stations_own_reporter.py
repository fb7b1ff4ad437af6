"""A byline of a magazine's, a station's or a site's own reporter (``本刊记者 某某``,
``本台记者 某某``, ``本站通讯员 某某``, ``本刊见习记者 某某``): the medium's own role word,
as ``本报记者`` is a paper's. It was read as a signed article's title and the name as
its author. Invented names (session 50, authors10)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_authors


def _read(byline: str) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.role.value, a.title) for a in parse_byline(byline)]


def test_the_own_role_words_of_a_magazine_a_station_and_a_site_give_the_role() -> None:
    assert _read("本刊记者 欧阳明澈") == [("欧阳明澈", "reporter", None)]
    assert _read("本台记者 芮晓") == [("芮晓", "reporter", None)]
    assert _read("本站通讯员 芮晓") == [("芮晓", "correspondent", None)]
    assert _read("本刊见习记者 芮晓") == [("芮晓", "reporter", None)]


def test_a_signed_articles_title_is_still_a_title() -> None:
    assert _read("□青禾区委书记 芮晓") == [("芮晓", "author", "青禾区委书记")]


def test_an_interview_under_a_magazines_reporter_credits_the_reporter() -> None:
    page = (
        "车间里的“协商能手”\n"
        "本刊记者 欧阳明澈\n"
        "今年4月，青禾电器有限公司工会与公司完成了新一轮工资集体协商，一线职工工资平均上涨6%。\n"
    )
    assert page_authors(page) == {("欧阳明澈", "reporter")}
