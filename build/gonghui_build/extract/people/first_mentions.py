"""Mentions that refer back to a person named before them (a name printed again, 李主席):
they state no post of their own, unless no mention comes before them."""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build.extract.people.hits import NameHit
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.vocabulary import MentionSource

#: Mentions that refer back to a person named before: they state no post of their own.
REFERENCES = frozenset({MentionSource.repeated_name, MentionSource.surname_title})


def refers_back(p: Paragraph, h: NameHit, first: dict[str, tuple[int, int]]) -> bool:
    """A mention that refers to a person named before it, and so states no post of its
    own: a repeated name or 李主席, unless it is the person's first mention in reading
    order (某厂钳工某某发言。…“…”某某说: the speaker found first, the name before
    it then read as printed again, is where the post is printed)."""
    return h.source in REFERENCES and first.get(h.name) != (p.seq, h.start)


def first_mentions(hits: Sequence[tuple[Paragraph, NameHit]]) -> dict[str, tuple[int, int]]:
    """Where each name is first printed: its paragraph and offset, in reading order."""
    first: dict[str, tuple[int, int]] = {}
    for p, h in hits:
        if not h.partial:
            first[h.name] = min(first.get(h.name, (p.seq, h.start)), (p.seq, h.start))
    return first
