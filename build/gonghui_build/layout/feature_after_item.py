"""A titled text printed under a news item whose end is unmarked.

A printed page stacks its items: a news item opened by its dateline (``本报讯（记者 …）``)
may end with no credit and no editor's line, and the next item on the page may be a
feature with a title and text but no dateline or byline of its own (``某某的贴心人`` /
``在某某街道，提起…``). Read top to bottom, that title falls inside the open news item
and became its section heading. A news item's text is one run: it prints section
headings only in a long report, several of them, never a single one. So the one
display line over text inside a news item, after its text, with no other heading in it,
is the headline of an article of its own that runs to the item's end.
"""

from __future__ import annotations

from gonghui_build.layout.index import title_key
from gonghui_build.layout.reader import NEW_HEAD_MIN, Draft, Reader, section_like
from gonghui_build.layout.shapes import DISPLAY_SHAPES, Shape

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


def split_features(r: Reader) -> None:
    """Each news item (a dateline, no byline over its text) whose body holds one titled
    text after its own: that title and what follows it are an article of their own."""
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
