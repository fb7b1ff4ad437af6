"""Two reporters' names spaced to a column's width and parted by a comma or 、
(``本报记者 韩 某，周 某``, ``本报记者 韩某，周 某``) are two names, each joined across
its own blank and never across the comma. Was: the comma glued the first name's last
character to the second's first (``某，周``), and the byline credited no one. A chain
of posts parted by a comma (``某区委书记，区长``) stays one title. Invented names
(session 47, authors6)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_authors


def _names(byline: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(byline)]


@pytest.mark.parametrize(
    "byline",
    [
        "本报记者 韩 明，庞 亮",
        "本报记者 韩 明、庞 亮",
        "本报记者 韩明，庞 亮",
        "（记者 韩 明，庞亮）",
    ],
)
def test_spaced_names_parted_by_a_comma_are_two_reporters(byline: str) -> None:
    assert _names(byline) == [("韩明", "reporter"), ("庞亮", "reporter")]


def test_each_name_is_found_where_it_is_printed() -> None:
    byline = "本报记者 韩 明，庞 亮"
    assert [byline[a.start : a.end] for a in parse_byline(byline)] == ["韩 明", "庞 亮"]


def test_a_chain_of_posts_parted_by_a_comma_stays_one_title() -> None:
    found = parse_byline("□某区人大常委会副主任，区总工会主席 韦立新")
    assert [(a.name, a.title) for a in found] == [("韦立新", "某区人大常委会副主任，区总工会主席")]


def test_the_article_under_the_byline_has_both_reporters() -> None:
    text = "一线职工的新年愿望\n本报记者 韩 明，庞 亮\n新年将至，记者走进某建筑工地，倾听一线职工的新年愿望。\n"
    assert page_authors(text) == {("韩明", "reporter"), ("庞亮", "reporter")}


def test_a_mark_of_text_and_photos_parted_by_a_comma_stays_one_mark() -> None:
    assert _names("（工会 梁书瑶/文、摄 韦卫东/审）") == [
        ("梁书瑶", "reporter"),
        ("梁书瑶", "photographer"),
    ]
    assert _names("梁书瑶 文、图") == [("梁书瑶", "reporter"), ("梁书瑶", "photographer")]
