"""Notes printed with an article: an editor's note (``编者按：…``), a summary between
the headline and the text (``核心提示`` alone on its line, ``内容提要：…``), a reply under
a letter. A note is part of the article it is printed with: the byline or dateline
under it is that article's, and a label alone on its line is a heading, no headline.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from gonghui_build import reference as lexicon
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.cues import end_credit_start, is_label, item_marker, opens_with_label
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import ends_sentence, without_spaces

if TYPE_CHECKING:
    from gonghui_build.layout.reader import Draft, Reader


def only_notes(r: Reader, cur: Draft) -> bool:
    """An open article whose text so far is an editor's note (``编者按：…``, or a
    ``核心提示`` line over its text): the byline under it is the article's own."""
    return (
        bool(cur.body)
        and not cur.closed
        and all(labelled(r, j) or bare_label(r, j) or bare_label(r, j - 1) for j in cur.body)
    )


def noted_head(r: Reader, cur: Draft | None) -> list[int]:
    """A display line, then only paragraphs a label opens (``内容提要：…``), at the end of
    an open article's text, over a dateline: the next item's headline and its summary,
    taken out of the article before (returned, headline first)."""
    if cur is None or cur.closed:
        return []
    k = len(cur.body)
    while k > 0 and labelled(r, cur.body[k - 1]):
        k -= 1
    if k == len(cur.body) or k < 2 or r.shapes[cur.body[k - 1]] is not Shape.DISPLAY:
        return []
    moved = cur.body[k - 1 :]
    del cur.body[k - 1 :]
    return moved


#: A further report printed under the same headline (``又讯 当天下午，…``, ``另讯 …``): the
#: papers' mark that the paragraph reports more of the headline's news.
_FURTHER_REPORT_RE = re.compile(r"^\s*[【\[]?(?:又讯|另讯)[】\]]?(?=[\s\u3000：:（(]|$)")


def further_report(r: Reader, i: int) -> bool:
    """A paragraph opened by ``又讯``: it goes on under the headline it is printed under,
    even after the credit that closed the first report (real_dev9: a 又讯 paragraph run on
    under one headline stays in that article); no new, headless item. The mark alone on
    its line over the paragraph (:func:`further_mark_alone`) goes on the same way."""
    return (r.shapes[i] in (Shape.BODY, Shape.DATELINE) or further_mark_alone(r, i)) and bool(
        _FURTHER_REPORT_RE.match(r.blocks[i].plain)
    )


def further_mark_alone(r: Reader, i: int) -> bool:
    """``又讯`` (or ``【又讯】``) alone on its line, display-shaped for its shortness: the
    mark a paper sets over a further report's paragraph, no headline of a new item (a
    headline names its news; the mark names none)."""
    return r.shapes[i] is Shape.DISPLAY and bool(
        _FURTHER_REPORT_RE.fullmatch(r.blocks[i].plain.strip())
    )


def bare_label(r: Reader, i: int) -> bool:
    return i >= 0 and r.shapes[i] is Shape.DISPLAY and is_label(r.blocks[i].plain)


def note_under_head(r: Reader, i: int) -> bool:
    """A label alone on its line (``核心提示``, ``编者按``) over text, under a head or under
    none, where no article is open: the heading of the note that opens the new article,
    never its headline (a label names no news; a page's editor's note over a series of
    items, s49, was read as an article headlined ``编者按``)."""
    cur = r.current
    return (
        len(r.pending) >= 1
        and bare_label(r, r.pending[-1])
        and r.shapes[i] is Shape.BODY
        and (cur is None or cur.closed or not cur.has_body)
    )


def labelled(r: Reader, i: int) -> bool:
    return opens_with_label(r.blocks[i].plain)


@functools.cache
def _preface_labels() -> tuple[str, ...]:
    return tuple(lexicon.load("page_furniture.yaml")["preface_labels"])


def preface_after_text(r: Reader, cur: Draft, i: int) -> bool:
    """An editor's note (``编者按：…``; ``preface_labels``) after an article's text and the
    credit that closes it (a photo item's ``某某 摄``): it speaks of what comes next (a new
    column, the piece under it), never of the article above, so it starts an article of
    its own (real_dev33). Between paragraphs of a text, no credit between, it stays the
    text's."""
    text = without_spaces(r.blocks[i].plain).lstrip("【[(（")
    signed = cur.closed or r.shapes[i - 1] in (Shape.CREDIT, Shape.END_CREDIT)
    return cur.has_body and signed and labelled(r, i) and text.startswith(_preface_labels())


def afterword(r: Reader, cur: Draft, i: int) -> bool:
    """A labelled paragraph (``编后：…``, ``编辑回复：…``) that goes on under the article
    whose text it follows; an editor's note there does not (:func:`preface_after_text`)."""
    return labelled(r, i) and not preface_after_text(r, cur, i)


@functools.cache
def _box_titles() -> frozenset[str]:
    return frozenset(lexicon.load("page_furniture.yaml")["summary_box_titles"])


def summary_box(blocks: list[Block], shapes: list[Shape]) -> set[int]:
    """A box of points (``核心提示`` alone on its line, then lines opened by bullets) printed
    before the text: the title and its bulleted lines, the page's furniture. Its points
    restate the items below; read as a digest they would be items of their own. A digest
    under a title like ``导读`` keeps its items: they end in sentences (and credits)."""
    out: set[int] = set()
    for i, block in enumerate(blocks):
        if shapes[i] not in (Shape.DISPLAY, Shape.FURNITURE):
            continue
        if without_spaces(block.plain).strip("【】[]：:") not in _box_titles():
            continue
        j = i + 1
        while j < len(blocks) and _point(blocks[j].plain.strip()):
            j += 1
        if j > i + 1:
            out.update(range(i, j))
    return out


def _point(text: str) -> bool:
    """A point of a box: a bulleted line that ends no sentence (a digest item does)."""
    return bool(item_marker(text)) and not ends_sentence(text) and not end_credit_start(text)
