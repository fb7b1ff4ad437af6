"""A title inside a news item that names another county: the headline of an item of its own.

A printed page runs its items one under the other; an item whose text ends with no
credit (``本报讯 6月8日，某区…。`` / ``…讲述了自己的读书故事。``) leaves nothing between its
last paragraph and the next item's title (``某县职工书屋再添新书`` / ``今年以来，某县…``),
and when that next item opens with no dateline and no day the title reads as a section
heading of the first. A news item's own section headings stay inside its subject; when
its headline names a prefecture or a county, a title naming another one that the item
above, head and text, never names is another story (the rule :mod:`caption_items` reads
for a photo's caption). A report whose headline names no place of that level (a city's
meeting, whose parts may name its counties' speakers; a round-up, ``各区总工会…``), or a
heading with a colon (``某区：送清凉进工地``, a round-up's part), keeps its headings.
"""

from __future__ import annotations

from gonghui_build.layout.caption_items import county_mentions, place_names_other
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import without_spaces

#: Shapes of the text around the title: the item's paragraph over it, the text under it.
_TEXTS = (Shape.BODY, Shape.DATELINE)
#: Marks of a round-up's part heading or of a sentence: such a line heads no item.
_PART_MARKS = frozenset("：:，,。；;！？")


def free_other_place_heads(r: Reader) -> None:
    """Each news item whose body holds a title naming a county or prefecture that the
    item never names before it, between a paragraph and text, gives up the title and
    what follows as an item of its own (the title its headline)."""
    out: list[Draft] = []
    pending = list(r.articles)
    while pending:
        draft = pending.pop(0)
        out.append(draft)
        cut = _other_place_head(r, draft)
        if cut is None:
            continue
        body = sorted(draft.body)
        at = body.index(cut)
        draft.body = body[:at]
        tail = {i: role for i, role in draft.roles.items() if i > cut}  # its end credit
        draft.roles = {i: role for i, role in draft.roles.items() if i < cut}
        rest = Draft(index=0, roles={cut: "headline", **tail}, body=body[at + 1 :])
        rest.closed = draft.closed
        draft.closed = True
        pending.insert(0, rest)
    r.articles[:] = out
    r.renumber()


def _other_place_head(r: Reader, draft: Draft) -> int | None:
    """The first title in ``draft``'s body that opens another county's item, if any."""
    head = draft.headline
    if "dateline" not in draft.roles.values() or head is None:
        return None
    if not county_mentions(without_spaces(r.blocks[head].plain)):
        return None  # a city's or a round-up's report: its parts may name its counties
    body = sorted(draft.body)
    for n, i in enumerate(body[1:-1], start=1):
        if r.shapes[i] is not Shape.DISPLAY:
            continue
        if r.shapes[body[n - 1]] not in _TEXTS or r.shapes[body[n + 1]] is not Shape.BODY:
            return None  # a heading over a heading, a caption's line: the item's own parts
        line = without_spaces(r.blocks[i].plain)
        if _PART_MARKS & set(line):
            return None
        before = "".join(without_spaces(r.blocks[k].plain) for k in [*draft.roles, *body[:n]])
        return i if place_names_other(line, before) else None
    return None
