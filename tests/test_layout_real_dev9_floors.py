"""Floors on the layout of ``real_dev9`` (session 17: e-paper buttons and glued title
indexes, web title rows, a WeChat photo post, a portal's doubled headline, a two-line
deck, a post's reading links, a line broken by a site). First look on the session's
start code: count 0.750, headlines 0.800, body error 0.208 (its NOTES.md). The floors sit
at today's scores for the changes the set was read with: the photo post is one article,
the e-paper's buttons make none, and a headline ending on a service cue (``…出版发行``)
is no service line (headlines 0.800 -> 1.000)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gonghui_dev.scoring import build_and_score

SET = Path(__file__).parent / "fixtures" / "real_dev9"


@pytest.fixture(scope="module")
def layout():
    return build_and_score(SET / "pages", SET / "gold").layout


def test_every_page_of_real_dev9_gives_its_article_count(layout):
    assert layout.files == 8
    assert layout.right_count_rate == 1.0, layout.wrong_counts


def test_real_dev9_keeps_its_headlines_and_takes_no_furniture_for_one(layout):
    assert layout.headlines_rate == 1.0, layout.missed_headlines
    assert layout.furniture_headlines == []


def test_real_dev9_body_paragraph_error_stays_low_and_every_page_is_covered(layout):
    assert layout.body_error <= 0.10, layout.body_counts
    assert min(layout.coverages) == 1.0
