"""A wire's or a paper's dateline with its reporters' byline after it on one line and the
text on the next (``新华社某地7月15日电 新华社记者 某某``): the layout cut the dateline off
and read the byline as a body paragraph, so its reporter was lost (and a byline counted
as text). What follows the dateline is the byline when the line holds nothing else; a
line that goes on into the text keeps it as the text. Invented names (session 40,
credits37)."""

from __future__ import annotations

from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page
from tests.conftest import page_authors

HEAD = "城关区总工会开展夏送清凉慰问活动\n"
TEXT = "7月15日，城关区总工会主席赵德明带队走访建筑工地，为200余名一线职工送去防暑降温物资。\n"


def _roles(page: str) -> list[tuple[str, str]]:
    parsed = parse_page(page_from_bytes("p.txt", page.encode()))
    return [(p.role, p.text) for p in parsed.paragraphs]


def test_a_wires_reporter_after_its_dateline() -> None:
    page = HEAD + "新华社兰州7月15日电 新华社记者 韩卫东\n" + TEXT
    assert page_authors(page) == {("韩卫东", "reporter")}
    assert [r for r, _ in _roles(page)] == ["headline", "dateline", "byline", "body"]


def test_a_papers_reporters_after_its_dateline() -> None:
    page = HEAD + "本报兰州7月15日电 记者 韩卫东 通讯员 马晓丽\n" + TEXT
    assert page_authors(page) == {("韩卫东", "reporter"), ("马晓丽", "correspondent")}


def test_a_dateline_opening_the_text_keeps_it_as_the_text() -> None:
    page = HEAD + "本报讯 " + TEXT
    assert [r for r, _ in _roles(page)] == ["headline", "dateline", "body"]


def test_a_bracketed_dateline_is_as_before() -> None:
    page = HEAD + "新华社兰州7月15日电（记者 韩卫东）" + TEXT
    assert page_authors(page) == {("韩卫东", "reporter")}
    assert [r for r, _ in _roles(page)] == ["headline", "dateline", "body"]
