"""For each block of a page, its nearest blocks before and after it that are not
furniture: what the rules that settle a block by the page around it (:mod:`context`,
:mod:`name_tails`, :mod:`photo_news`) read as its neighbours, once furniture is settled."""

from __future__ import annotations

from gonghui_build.layout.shapes import Shape


class Neighbours:
    """For each block, the nearest blocks before and after it that are not furniture."""

    def __init__(self, shapes: list[Shape]):
        self.before: list[int | None] = []
        last = None
        for i, shape in enumerate(shapes):
            self.before.append(last)
            if shape is not Shape.FURNITURE:
                last = i
        self.after: list[int | None] = [None] * len(shapes)
        nxt = None
        for i in range(len(shapes) - 1, -1, -1):
            self.after[i] = nxt
            if shapes[i] is not Shape.FURNITURE:
                nxt = i
