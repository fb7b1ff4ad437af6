"""A yearbook's entry headed by a short line of its own, among entries headed in 【】.

A city yearbook heads most entries in brackets (``【概况】…``) and sets some heads bold on
a line of their own (``职工技能竞赛`` over its paragraph); a text layer keeps the words
and drops the bold, so the line reads as a heading inside the entry above it. Under an
entry whose text has closed its sentence, such a line over a paragraph is the next
entry's head, as a bracketed head would be (real_dev33). A body's name alone on its line
is the next section's heading (the body the entries are about), a numbered line is a
part of the entry, and neither opens an entry.
"""

from __future__ import annotations

from gonghui_build.extract.organisations.names import suffix_of
from gonghui_build.layout.cuts import ENTRY_HEAD_MAX
from gonghui_build.layout.index import title_key
from gonghui_build.layout.reader import Draft, Reader, section_like
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import ends_sentence, without_spaces

#: Shortest head of an entry set on its own line (characters).
ENTRY_LINE_MIN = 2


def entry_head_alone(r: Reader, cur: Draft, i: int) -> bool:
    """The one display line waiting over the text ``i``, under an entry (on a page whose
    entries are headed in 【】, so one headed by such a line as well) whose last block
    ends a sentence, heads an entry of its own: one short line, no body's name, no
    numbered or month heading."""
    entries = any(d.hint == "entry" for d in r.articles)
    signed = {"byline", "dateline"} & set(cur.roles.values())
    if not entries or signed or len(r.pending) != 1 or r.shapes[i] is not Shape.BODY:
        return False
    head = r.blocks[r.pending[0]]
    text = title_key(head.plain)
    above = r.blocks[r.pending[0] - 1].plain
    return (
        len(head.lines) == 1
        and ENTRY_LINE_MIN <= len(text) <= ENTRY_HEAD_MAX
        and suffix_of(text) is None
        and not section_like(text)
        and ends_sentence(without_spaces(above))
    )
