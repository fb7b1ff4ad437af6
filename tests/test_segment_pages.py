"""Segmentation and repair on hand-written test pages (``tests/pages/``).

The pages vary and recombine the structures of the seeds: with and without Markdown,
full- and half-width punctuation, several items per page, captions before headlines,
continuations printed elsewhere, garbled runs, text continued from another page. Each
``.expected.yaml`` says what a reader finds on the page; whitespace is ignored in
comparisons.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page
from gonghui_build.records import covered

PAGES = Path(__file__).parent / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.txt"))


def norm(text):
    return re.sub(r"\s+", "", text) if text else None


@pytest.fixture(scope="module", params=NAMES)
def case(request):
    path = PAGES / f"{request.param}.txt"
    page = page_from_bytes(path.name, path.read_bytes())
    parsed = parse_page(page)
    expected = yaml.safe_load((PAGES / f"{request.param}.expected.yaml").read_text("utf-8"))
    return page, parsed, expected


def _texts(paras, role):
    return [norm(p.text) for p in paras if p.role == role]


def _articles(parsed):
    out = []
    for a in parsed.articles:
        paras = [p for p in parsed.paragraphs if p.article == a.index]
        first = {
            role: next(iter(_texts(paras, role)), None)
            for role in ("headline", "kicker", "subtitle", "byline", "dateline")
        }
        out.append(
            {
                "headline": first["headline"],
                "kicker": first["kicker"],
                "subtitle": first["subtitle"].lstrip("—") if first["subtitle"] else None,
                "byline": first["byline"] or first["dateline"],
                "kind": a.kind,
                "standfirst": bool(_texts(paras, "standfirst")),
                "sections": _texts(paras, "section_heading"),
                "speaker_lines": _texts(paras, "speaker_line"),
                "portrait_captions": _texts(paras, "portrait_caption"),
                "photo_captions": _texts(paras, "photo_caption"),
                "photo_credits": _texts(paras, "photo_credit"),
            }
        )
    return out


FIELDS = ("headline", "kicker", "subtitle", "byline", "kind", "standfirst")
LISTS = ("sections", "speaker_lines", "portrait_captions", "photo_captions", "photo_credits")


def test_every_article_is_found_with_its_headline_anatomy(case):
    _, parsed, expected = case
    found = [{k: a[k] for k in FIELDS} for a in _articles(parsed)]
    wanted = [
        {
            k: (norm(a.get(k)) if k not in ("kind", "standfirst") else a.get(k, False))
            for k in FIELDS
        }
        for a in expected["articles"]
    ]
    assert found == wanted


def test_sections_speakers_captions_and_credits(case):
    _, parsed, expected = case
    found = [{k: a[k] for k in LISTS} for a in _articles(parsed)]
    wanted = [{k: [norm(x) for x in a.get(k) or []] for k in LISTS} for a in expected["articles"]]
    assert found == wanted


def test_banners_and_furniture_belong_to_no_article(case):
    _, parsed, expected = case
    for role, key in (("banner", "banners"), ("furniture", "furniture")):
        found = [norm(p.text) for p in parsed.paragraphs if p.role == role]
        assert found == [norm(x) for x in expected.get(key) or []], role
        assert all(p.article is None for p in parsed.paragraphs if p.role == role)


def test_cut_paragraphs_are_joined(case):
    _, parsed, expected = case
    texts = [norm(p.text) for p in parsed.paragraphs]
    for piece in expected.get("joined") or []:
        assert sum(norm(piece) in t for t in texts) == 1, piece


def test_fragments_are_flagged(case):
    _, parsed, expected = case
    found = [norm(p.text) for p in parsed.paragraphs if p.is_fragment]
    wanted = [norm(x) for x in expected.get("fragments") or []]
    assert len(found) == len(wanted)
    for start in wanted:
        assert any(f.startswith(start) for f in found), start


def test_garbled_runs_are_flagged(case):
    _, parsed, expected = case
    runs = [
        norm(p.text[r.start : r.end]) for p in parsed.paragraphs for r in parsed.runs.get(p.seq, [])
    ]
    for needle in expected.get("garbled") or []:
        assert any(norm(needle) in r for r in runs), needle
    if not expected.get("garbled"):
        assert runs == []


def test_every_character_is_accounted_for(case):
    page, parsed, _ = case
    nonblank = sum(1 for ch in page.text if not ch.isspace())
    assert covered(page.text, parsed.paragraphs) == nonblank
