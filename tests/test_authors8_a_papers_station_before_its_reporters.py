"""A paper's local station before the names of a byline (``本报城南记者站 某某``,
``本报驻城南记者站 某某 通讯员 某某``, ``本报讯（城南记者站 某某）``) gives them the
station's reporters' role, as ``某某日报记者 某某`` does: the station is no title and
no name. Alone in an item's closing brackets (``（城南记者站）``) it names a body, no
author. Before, ``记者站`` was cut as the role word 记者 and a name 站, the byline read
as a signed article's title, and the station itself was credited as a correspondent.
Invented names in the shape of provincial papers' station bylines (session 48, authors8)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.vocabulary import AuthorRole
from tests.conftest import page_authors

HEAD = "城南区职工文化节开幕\n"
TEXT = "本周，城南区总工会组织三十名职工走进社区开展志愿服务，为居民义务理发、维修家电。\n"


def _names(byline: str, end_credit: bool = False) -> list[tuple[str, str]]:
    role = AuthorRole.correspondent if end_credit else AuthorRole.reporter
    return [(a.name, a.role.value) for a in parse_byline(byline, role, end_credit=end_credit)]


@pytest.mark.parametrize(
    "byline", ["本报城南记者站 林晓秋", "本报驻城南记者站 林晓秋", "本报讯（城南记者站 林晓秋）"]
)
def test_the_stations_names_are_its_reporters(byline: str) -> None:
    assert _names(byline) == [("林晓秋", "reporter")]


def test_a_correspondent_after_the_stations_reporter_keeps_his_role() -> None:
    assert _names("本报驻城南记者站 林晓秋 通讯员 王立") == [
        ("林晓秋", "reporter"),
        ("王立", "correspondent"),
    ]


def test_the_station_alone_closing_an_item_is_no_author() -> None:
    assert _names("（城南记者站）", end_credit=True) == []


def test_the_line_under_a_headline_is_its_byline() -> None:
    page = HEAD + "本报驻城南记者站 林晓秋 通讯员 王立\n" + TEXT
    assert page_authors(page) == {("林晓秋", "reporter"), ("王立", "correspondent")}
