"""A union site's closing bracket that names the body that sent the copy in and then
who took the photo (``（院工会供稿 摄影/某某）``, ``（市总工会宣教部供稿 某某 摄）``) is the
item's end credit, as ``（院工会供稿）`` and ``（摄影/某某）`` each are alone: the body's
key (供稿, 报送) glued to its name made the bracket read as a photo's caption, and the
photographer was lost. A bracket whose first token is no body's name stays no credit.
Invented copies in the shape of provincial union sites' items read in session 41."""

from __future__ import annotations

from gonghui_build.layout.end_credits import end_credit_start
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page
from tests.conftest import page_facts

TEXT = "本站讯 6月10日上午，省直单位第三片区工会联合会成立会议在省委党校召开，19家单位参会。"


def _page(credit: str) -> str:
    return f"省直第三片区工会联合会成立\n\n{TEXT}\n{credit}\n"


def _roles(credit: str) -> dict[str, str]:
    parsed = parse_page(page_from_bytes("p.txt", _page(credit).encode()))
    return {p.text.strip(): p.role for p in parsed.paragraphs}


def _names(credit: str) -> set[str]:
    return {a.name for art in page_facts(_page(credit)).articles for a in art.authors}


def test_a_senders_key_then_a_keyed_photographer_is_the_items_credit():
    credit = "（院工会供稿 摄影/葛文涛）"
    assert end_credit_start(credit) == 0
    assert _roles(credit)[credit] == "byline"
    assert _names(credit) == {"葛文涛"}


def test_a_senders_key_then_a_name_and_its_photo_mark_is_the_items_credit():
    credit = "（市总工会宣教部供稿 葛文涛 摄）"
    assert end_credit_start(credit) == 0
    assert _names(credit) == {"葛文涛"}


def test_a_senders_key_alone_still_names_no_author():
    credit = "（院工会供稿）"
    assert _roles(credit)[credit] == "byline"
    assert _names(credit) == set()


def test_a_phrase_before_the_photographer_is_no_senders_key():
    assert end_credit_start("（活动现场照片供稿 摄影/葛文涛）") is None
