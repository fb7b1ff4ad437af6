"""A title's organisation read shorter than the name the article's organisations read
at the same place: the title's own walk back from the post stops at a one-character
word jieba tags as a preposition or verb inside the name (北京顺|航天厨食品有限公司厨师某某:
顺), while the name is read whole. The title is held at the whole name, and the
shorter reading, no body of its own, is no mention."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from gonghui_build.extract.facts import OrgFact, PositionFact
from gonghui_build.text.tokenizer import tag_tokens
from gonghui_build.vocabulary import ResolvedBy


def _cut_at_a_function_word(name: str, cut: int) -> bool:
    """Whether jieba, reading ``name``, ends a one-character word that is no noun at
    ``cut`` (北京顺|航天厨: 顺, a preposition): the word a title's walk stops at inside
    a name, not a word of its own before it (an honour, a place)."""
    return any(
        t.end == cut and len(t.word) == 1 and not t.tag.startswith("n") for t in tag_tokens(name)
    )


def _longer_name(inner: OrgFact, mentions: Sequence[OrgFact]) -> OrgFact | None:
    """The longest mention of the same paragraph ending where ``inner`` ends, opening
    before it, whose name as read and full name end with ``inner``'s (the
    repaired text: a printed name may hold a line break); None when ``inner``
    is no name read as printed (a short form the article's context completed)."""
    if inner.resolved.resolved_by is not ResolvedBy.exact:
        return None
    best = None
    for m in mentions:
        s, i = m.span, inner.span
        if s.paragraph != i.paragraph or s.text_end != i.text_end or s.text_start >= i.text_start:
            continue
        if not m.written.endswith(inner.written):
            continue
        if not m.resolved.name.endswith(inner.resolved.name):
            continue  # 项目部工会 completed from context: already a whole name
        if not _cut_at_a_function_word(m.written, i.text_start - s.text_start):
            continue  # 某市劳动模范|某区某小学: the walk stopped at an honour, rightly
        if best is None or s.text_start < best.span.text_start:
            best = m
    return best


def _same_mention(pos: PositionFact, mentions: Sequence[OrgFact]) -> int | None:
    """The index of the mention that is ``pos``'s organisation as read at the title's
    start (same paragraph, start, name as written and resolution), or None."""
    if pos.org is None:
        return None
    return next(
        (
            k
            for k, m in enumerate(mentions)
            if m.span.paragraph == pos.span.paragraph
            and m.span.text_start == pos.span.text_start
            and m.name_as_written == pos.organisation_as_written
            and m.resolved == pos.org
        ),
        None,
    )


def widen_titles_to_whole_names(
    mentions: list[OrgFact], positions: list[PositionFact]
) -> tuple[list[OrgFact], list[PositionFact]]:
    """``positions`` whose organisation opens the title's span and is printed inside a
    longer name the article reads (same end) held at that name; the shorter mention
    dropped. Everything else unchanged."""
    dropped: set[int] = set()
    out: list[PositionFact] = []
    for pos in positions:
        inner = _same_mention(pos, mentions)
        whole = _longer_name(mentions[inner], mentions) if inner is not None else None
        if whole is None:
            out.append(pos)
            continue
        dropped.add(inner)
        out.append(
            dataclasses.replace(
                pos,
                org_written=whole.written,
                organisation_as_written=whole.name_as_written,
                org=whole.resolved,
                span=dataclasses.replace(
                    pos.span,
                    text_start=whole.span.text_start,
                    page_start=whole.span.page_start,
                ),
            )
        )
    return [m for k, m in enumerate(mentions) if k not in dropped], out
