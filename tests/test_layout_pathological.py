"""Pathological pages (issue 13) are laid out, fully covered, with their repairs recorded.

Time is measured by ``benchmarks/bench_pathological.py``, never here: these tests assert
what the layout does with a page of one long line, of Latin only, of punctuation only, of
ellipses, of control characters and of nothing but Markdown marks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gonghui_build.layout.cues import CONTROL_RE
from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page
from gonghui_build.records.pages import covered
from gonghui_build.text.chars import is_blank
from gonghui_build.text.textedit import undo

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
_FLAT = "".join("".join(p.read_text(encoding="utf-8").split()) for p in SEEDS)

PAGES = {
    "one_long_line": _FLAT * 2,
    "latin_only": "The union met on Tuesday, and 42 delegates voted (see p. 3).\n" * 150,
    "punctuation_only": "，。！？、；：“”（）《》…—·\n!?.,;:()[]--\n" * 200,
    "ellipses_in_a_sentence": "会议指出，" + "…" * 2000 + "。",
    "markdown_marks_only": "**\n#\n---\n***\n##  \n> \n- \n",
    "control_characters": "工会\x00主席\x07张三\x1b[0m出席会议。\x0c\n\x01\x02\n\x7f\n本报讯 近日，区总工会召开会议。\n",
}


def _laid_out(name: str):
    page = page_from_bytes(f"{name}.txt", PAGES[name].encode("utf-8"))
    return page, parse_page(page)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_pathological_page_is_laid_out_and_fully_covered(name):
    page, parsed = _laid_out(name)
    nonblank = sum(1 for ch in page.text if not is_blank(ch))
    assert nonblank > 0
    assert covered(page.text, parsed.paragraphs) == nonblank
    assert parsed.paragraphs and all(p.text.strip() for p in parsed.paragraphs)
    for p in parsed.paragraphs:
        assert undo(p.text, p.cleaned.edits) == p.cleaned.original


def test_one_long_line_is_repaired_like_any_paragraph():
    _, parsed = _laid_out("one_long_line")
    kinds = {e.kind for p in parsed.paragraphs for e in p.cleaned.edits}
    assert "ocr_space_removed" in kinds or "punctuation_normalised" in kinds
    assert max(len(p.text) for p in parsed.paragraphs) > 20_000


def test_control_characters_are_removed_and_recorded_as_repairs():
    page, parsed = _laid_out("control_characters")
    edits = [e for p in parsed.paragraphs for e in p.cleaned.edits]
    removed = [e for e in edits if e.kind == "control_character_removed"]
    assert {e.before for e in removed} >= {"\x00", "\x07", "\x1b"}
    assert all(e.after == "" for e in removed)
    assert not any(CONTROL_RE.search(p.text) for p in parsed.paragraphs)
    for e in removed:
        assert page.text[e.page_start : e.page_end] == e.before


def test_a_line_of_nothing_but_control_characters_is_shown_as_control_pictures():
    _, parsed = _laid_out("control_characters")
    shown = [
        e for p in parsed.paragraphs for e in p.cleaned.edits if e.kind == "control_character_shown"
    ]
    assert {(e.before, e.after) for e in shown} >= {("\x01\x02", "␁␂"), ("\x7f", "␡")}


def test_lines_of_nothing_but_markdown_marks_are_kept_as_printed():
    page, parsed = _laid_out("markdown_marks_only")
    texts = {p.text for p in parsed.paragraphs}
    assert {"**", "---", "***"} <= texts
    assert sum(p.text.count("#") for p in parsed.paragraphs) == page.text.count("#")
    assert all(e.kind != "markup_removed" for p in parsed.paragraphs for e in p.cleaned.edits)
