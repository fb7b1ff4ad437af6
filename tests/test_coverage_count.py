"""Coverage is counted without a pass per character in Python (a 50 MB page in seconds),
and counts what one character at a time would: non-blank characters in exactly one
paragraph."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from gonghui_build.records.pages import covered
from gonghui_build.text.chars import is_blank, nonblank_count

TEXT = st.text(alphabet="工会，。ab \t\r\n\u3000\u00a0\u2028\x85\u200b\ufeff\u2002", max_size=60)


def _one_at_a_time(text: str, pieces: list[list[tuple[int, int]]]) -> int:
    count = [0] * len(text)
    for paragraph in pieces:
        for s, e in paragraph:
            for i in range(s, e):
                count[i] += 1
    return sum(1 for i, ch in enumerate(text) if count[i] == 1 and not is_blank(ch))


@st.composite
def text_and_pieces(draw):
    text = draw(TEXT)
    offset = st.integers(0, len(text))
    piece = st.tuples(offset, offset).map(sorted).map(tuple)
    return text, draw(st.lists(st.lists(piece, min_size=1, max_size=3), max_size=4))


@settings(max_examples=300, derandomize=True)
@given(text_and_pieces())
def test_covered_counts_the_nonblank_characters_in_exactly_one_paragraph(case):
    text, pieces = case
    paragraphs = [SimpleNamespace(pieces=tuple(p)) for p in pieces]
    assert covered(text, paragraphs) == _one_at_a_time(text, pieces)


@settings(max_examples=300, derandomize=True)
@given(TEXT, st.integers(0, 60), st.integers(0, 60))
def test_nonblank_count_of_a_stretch_is_that_of_its_characters(text, a, b):
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    assert nonblank_count(text, a, b) == sum(1 for ch in text[a:b] if not is_blank(ch))
    assert nonblank_count(text) == sum(1 for ch in text if not is_blank(ch))
