"""An editor's note (``编者按：…``) printed after an item's text and its credit speaks of
what follows it (a new column, its first piece), not of the item above: it is no part of
that item. An afterword (``编后：…``) after a text stays with it, and so does a note between
paragraphs of a text with no credit between."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

HEAD = (
    "青禾职工报\n"
    "2021年3月2日 星期二\n"
    "青禾区总工会举办职工书法展\n"
    "3月1日，青禾区总工会在区文化馆举办职工书法展，展出作品二百幅。\n"
    "职工在书法展上欣赏作品。\n"
    "许映竹 摄\n"
)
NEXT = "矿山深处的“书香角”\n本报记者 祁晓岚\n走进柳川煤矿的井口候车室，一排书架映入眼帘。\n"


def _owner(text: str, line: str) -> int | None:
    return next(p.article for p in layout(split_blocks(text)).placed if p.block.plain == line)


def test_an_editors_note_after_a_text_is_no_part_of_it():
    note = "编者按：本报今起开设“职工书香”栏目，讲述基层职工读书的故事。"
    assert _owner(HEAD + note + "\n" + NEXT, note) != 0


def test_an_afterword_after_a_text_stays_with_it():
    note = "编后：一场书法展，让职工的业余生活有了墨香。"
    assert _owner(HEAD + note + "\n" + NEXT, note) == 0


def test_the_column_the_note_announces_is_no_kicker():
    note = "编者按：本报今起开设“职工书香”栏目，讲述基层职工读书的故事。"
    page = HEAD + note + "\n职工书香\n" + NEXT
    roles = {p.block.plain: p.role for p in layout(split_blocks(page)).placed}
    assert roles["职工书香"] == "furniture"
    assert roles["矿山深处的“书香角”"] == "headline"


def test_a_note_between_paragraphs_stays_with_the_text():
    text = "青禾区总工会举办职工书法展\n本报讯（记者 柏云舟）3月1日，书法展开幕。\n"
    note = "编者按：近日，青禾区总工会在全区开展职工书法展。"
    assert _owner(text + note + "\n展览持续至3月底。\n", note) == 0
