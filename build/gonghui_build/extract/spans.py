"""Where a fact was read, and what the page prints there.

Rules read a paragraph's repaired text; a fact's :class:`~gonghui_build.extract.facts.Span`
maps the span back to the page, and :func:`as_written` gives the page's own characters
for it (OCR spaces kept), as zavod keeps a statement's ``original_value``. Every
``*_as_written`` value of the dataset comes from :func:`as_written`.
"""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build.extract.facts import Span
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.quality import Run

#: Confidence of anything read from a garbled run.
GARBLED_CONFIDENCE = 0.3


def span_of(paragraph: Paragraph, start: int, end: int, runs: Sequence[Run] = ()) -> Span:
    """The span ``paragraph.text[start:end]``, on the page too; garbled when it
    overlaps one of ``runs``."""
    page_start, page_end = paragraph.cleaned.page_span(start, end)
    garbled = any(r.start < end and start < r.end for r in runs)
    return Span(paragraph.seq, start, end, page_start, page_end, garbled)


def capped(confidence: float, span: Span) -> float:
    """A rule's confidence, at most :data:`GARBLED_CONFIDENCE` in a garbled run."""
    return min(confidence, GARBLED_CONFIDENCE) if span.in_garbled_run else confidence


def as_written(paragraph: Paragraph, start: int, end: int) -> str:
    """What the page prints for ``paragraph.text[start:end]``: the original characters
    whose page offsets fall in the span, in order (a name keeps its OCR space, 庄 振国;
    a span across a column break keeps the break as a newline)."""
    page_start, page_end = paragraph.cleaned.page_span(start, end)
    offsets = []
    pos = 0
    for s, e in paragraph.pieces:
        for i in range(s, e):
            if page_start <= i < page_end:
                offsets.append(pos)
            pos += 1
        pos += 1  # the newline between pieces
    if not offsets:
        return paragraph.text[start:end]
    return paragraph.cleaned.original[offsets[0] : offsets[-1] + 1]
