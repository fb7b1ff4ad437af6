"""A titled text printed under a news item whose end is unmarked.

A printed page stacks its items: a news item opened by its dateline (``本报讯（记者 …）``)
may end with no credit and no editor's line, and the next item on the page may be a
feature with a title and text but no dateline or byline of its own (``某某的贴心人`` /
``在某某街道，提起…``). Read top to bottom, that title falls inside the open news item
and became its section heading. A news item's text is one run: it prints section
headings only in a long report, several of them, never a single one. So the one
display line over text inside a news item, after its text, with no other heading in it,
is the headline of an article of its own that runs to the item's end — on a page laid
out in print (a page label, or other items on it): a web copy is one report, whose one
section heading stays its own.
"""

from __future__ import annotations

from gonghui_build.layout.furniture import PAGE_LABEL_RE
from gonghui_build.layout.index import title_key
from gonghui_build.layout.reader import NEW_HEAD_MIN, Draft, Reader, section_like
from gonghui_build.layout.shapes import DISPLAY_SHAPES, Shape
from gonghui_build.text.chars import without_spaces

#: Most characters of a title that heads a feature (a longer line is text).
FEATURE_TITLE_MAX = 24
#: What closes a label or a question heading, never a feature's title.
_LABEL_ENDS = "：:？?"


def _lone_heading(r: Reader, draft: Draft) -> int | None:
    """The one display line over text in the news item's body, after its text."""
    over_text = [
        j
        for j in draft.body
        if r.shapes[j] in DISPLAY_SHAPES and j + 1 in draft.body and r.shapes[j + 1] is Shape.BODY
    ]
    if len(over_text) != 1 or any(
        r.shapes[j] in DISPLAY_SHAPES for j in draft.body if j not in over_text
    ):
        return None
    j = over_text[0]
    text_before = draft.texted or any(r.shapes[k] is Shape.BODY for k in draft.body if k < j)
    return j if text_before else None


def _titles_a_feature(r: Reader, j: int) -> bool:
    """A title's shape: one line, of a headline's length, no section number, no label."""
    block = r.blocks[j]
    title = title_key(block.plain)
    return (
        r.shapes[j] is Shape.DISPLAY
        and len(block.lines) == 1
        and NEW_HEAD_MIN <= len(title) <= FEATURE_TITLE_MAX
        and not section_like(title)
        and not block.plain.rstrip().endswith(tuple(_LABEL_ENDS))
    )


def names_a_page(text: str) -> bool:
    """A printed page's label (``第03版：要闻``, ``A02版``; a bare number may be anything):
    the page was laid out in print, its items stacked one under another."""
    compact = without_spaces(text)
    return "版" in compact and bool(PAGE_LABEL_RE.match(compact))


def _stacks_items(r: Reader) -> bool:
    """The page was laid out in print: a page label among its furniture, or more than one
    article read on it."""
    return len(r.articles) > 1 or any(
        shape is Shape.FURNITURE and names_a_page(block.plain)
        for block, shape in zip(r.blocks, r.shapes, strict=True)
    )


def split_features(r: Reader) -> None:
    """Each news item (a dateline, no byline over its text) whose body holds one titled
    text after its own: that title and what follows it are an article of their own."""
    if not _stacks_items(r):
        return
    out: list[Draft] = []
    for draft in r.articles:
        out.append(draft)
        head_roles = set(draft.roles.values())
        if "dateline" not in head_roles or draft.hint is not None:
            continue
        j = _lone_heading(r, draft)
        if j is None or not _titles_a_feature(r, j):
            continue
        if any(role == "byline" and i < j for i, role in draft.roles.items()):
            continue
        new = Draft(0, {j: "headline"}, closed=draft.closed, continued=False)
        new.body = [k for k in draft.body if k > j]
        new.roles.update({i: role for i, role in draft.roles.items() if i > j})
        draft.body = [k for k in draft.body if k < j]
        draft.roles = {i: role for i, role in draft.roles.items() if i < j}
        out.append(new)
    r.articles[:] = out
    r.renumber()
