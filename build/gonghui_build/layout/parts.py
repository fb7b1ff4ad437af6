"""Sections of a gazetteer's or yearbook's chapter (``第二节 主要工作``).

A county gazetteer (县志) or a union's own history (工会志) prints a chapter as sections,
each under a heading ``第N节`` and a title; the chapter's heading (``第十章 工会``) is a
running head of the book, furniture. The annotated real-page sets read each section as an
article, its ``第N节`` heading the headline, the numbered headings inside it
(``一、组织沿革``) its section headings. A page that holds the end of one section and
the start of the next holds two articles, whatever the heading's shape made of it inside
the first (a caption, a heading of a section of the first).
"""

from __future__ import annotations

import re

from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import ends_sentence, without_spaces

#: A chapter's or a section's heading: ``第三节 工会``, ``第二章 组织建设``.
PART_HEAD_RE = re.compile(r"^第[一二三四五六七八九十百零\d]{1,3}[章节篇编卷部分]")
#: A section's heading and its title, nothing more (characters without blanks).
_SECTION_HEAD_RE = re.compile(r"^第[一二三四五六七八九十百零\d]{1,3}节\S{1,20}$")


def is_section_head(text: str) -> bool:
    """``text`` is a section's heading and title (``第二节 主要工作``)."""
    compact = without_spaces(text)
    return bool(_SECTION_HEAD_RE.match(compact)) and not ends_sentence(compact)


def split_at_sections(r: Reader) -> None:
    """Each section heading inside an article (not its first block) starts an article
    of its own, headed by it, holding what follows it in the article."""
    out: list[Draft] = []
    for draft in r.articles:
        out += _split(r, draft)
    r.articles[:] = out
    for n, draft in enumerate(r.articles):
        draft.index = n


def _split(r: Reader, draft: Draft) -> list[Draft]:
    blocks = sorted([*draft.roles, *draft.body])
    cuts = [
        i
        for i in blocks[1:]
        if i not in draft.roles
        and r.shapes[i] is not Shape.BODY
        and is_section_head(r.blocks[i].plain)
    ]
    if not cuts:
        return [draft]
    out = [draft]
    for cut, end in zip(cuts, [*cuts[1:], None], strict=True):
        part = [i for i in draft.body if i > cut and (end is None or i < end)]
        out.append(Draft(index=0, roles={cut: "headline"}, body=part, closed=draft.closed))
    draft.body = [i for i in draft.body if i < cuts[0]]
    return out
