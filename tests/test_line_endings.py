"""Every line ending reads the same: a page converted to CRLF, CR, mixed endings, the
Unicode line separator (U+2028) or NEL (U+0085) gives the same articles, roles and
paragraph texts as the page with LF, and every character still lies in one paragraph."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page
from gonghui_build.records.pages import covered

ROOT = Path(__file__).resolve().parents[1]
PAGES = [
    ROOT / "seeds" / "001_2db5129d69eb2e62.txt",  # blank-line blocks, several news items
    ROOT / "tests" / "pages" / "shapes" / "printed_page_index.txt",  # one line a paragraph
    ROOT / "tests" / "pages" / "shapes" / "ocr_old_wrapped.txt",  # hard-wrapped lines
    ROOT / "tests" / "pages" / "shapes" / "yearbook_interleaved.txt",  # two columns
]


def _mixed(text: str) -> str:
    endings = itertools.cycle(["\r\n", "\n", "\r", "\u2028"])
    return "".join(line + next(endings) for line in text.split("\n"))[:-1]


CONVERSIONS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "mixed": _mixed,
    "line_separator": lambda t: t.replace("\n", "\u2028"),
    "nel": lambda t: t.replace("\n", "\u0085"),
}


def _reading(text: str, name: str):
    page = page_from_bytes(name, text.encode("utf-8"))
    parsed = parse_page(page)
    articles = [(a.kind, a.continued) for a in parsed.articles]
    paragraphs = [(p.article, p.role, p.text) for p in parsed.paragraphs]
    return page, parsed, articles, paragraphs


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
@pytest.mark.parametrize("conversion", sorted(CONVERSIONS))
def test_a_page_reads_the_same_whatever_its_line_endings(path, conversion):
    lf = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    _, _, articles, paragraphs = _reading(lf, path.name)
    converted = CONVERSIONS[conversion](lf)
    assert converted != lf
    page, parsed, other_articles, other_paragraphs = _reading(converted, path.name)
    assert articles and other_articles == articles
    assert other_paragraphs == paragraphs
    nonblank = sum(not ch.isspace() for ch in page.text)
    assert covered(page.text, parsed.paragraphs) == nonblank
