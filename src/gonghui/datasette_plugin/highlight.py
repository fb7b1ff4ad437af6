"""Text with marks: extracted facts, repairs, unreadable runs and search matches shown
in place, as HTML.

Marks may overlap or nest (a name inside the sentence an activity was read from). The
text is cut at every mark boundary; each piece carries the classes of every mark over
it and links to the narrowest mark that has a link, so a name inside an activity's
sentence links to the person and the rest of the sentence to the activity. A mark of
zero length (a space the repair removed) is drawn as a small caret at its place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise

from markupsafe import Markup


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # css class: person, organisation, activity, date, repair, garbled, match…
    href: str | None = None
    title: str | None = None
    anchor: str | None = None  # id of the first piece, for links to this place


def _cuts(text: str, marks: Sequence[Mark]) -> list[int]:
    points = {0, len(text)}
    for m in marks:
        points.update((min(max(m.start, 0), len(text)), min(max(m.end, 0), len(text))))
    return sorted(points)


def _narrowest_link(covering: list[Mark]) -> Mark | None:
    linked = [m for m in covering if m.href]
    return min(linked, key=lambda m: (m.end - m.start, m.start)) if linked else None


def _piece(text: str, covering: list[Mark], anchors: list[str]) -> str:
    """A piece of text with the classes and titles of the marks over it, after an empty
    element for each place a link may point to (a piece may start several marks)."""
    places = "".join(f'<span class="m-anchor" id="{escape(a)}"></span>' for a in anchors)
    body = escape(text)
    if not covering:
        return places + body
    classes = " ".join(sorted({f"m-{m.kind}" for m in covering}))
    titles = "; ".join(dict.fromkeys(m.title for m in covering if m.title))
    title = f' title="{escape(titles)}"' if titles else ""
    return f'{places}<span class="{classes}"{title}>{body}</span>'


def _caret(mark: Mark) -> str:
    title = f' title="{escape(mark.title)}"' if mark.title else ""
    return f'<span class="m-{mark.kind} m-empty"{title}></span>'


def render(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` as HTML with every mark drawn in place."""
    marks = list(marks)
    cuts = _cuts(text, marks)
    used_anchors: set[str] = set()
    out: list[str] = []
    open_link: Mark | None = None
    for a, b in pairwise(cuts):
        out.extend(_caret(m) for m in marks if m.start == m.end == a)
        covering = [m for m in marks if m.start <= a and m.end >= b and m.start < m.end]
        link = _narrowest_link(covering)
        if link is not open_link:
            if open_link is not None:
                out.append("</a>")
            if link is not None:
                out.append(f'<a href="{escape(link.href or "")}">')
            open_link = link
        anchors = dict.fromkeys(m.anchor for m in covering if m.anchor and m.start == a)
        anchors = [x for x in anchors if x not in used_anchors]
        used_anchors.update(anchors)
        out.append(_piece(text[a:b], covering, anchors))
    if open_link is not None:
        out.append("</a>")
    out.extend(_caret(m) for m in marks if m.start == m.end == len(text) and text)
    return Markup("".join(out))


def occurrences(text: str, needle: str, *, start: int = 0, end: int | None = None):
    """(start, end) of every occurrence of ``needle`` in ``text[start:end]``."""
    if not needle:
        return
    end = len(text) if end is None else end
    i = text.find(needle, start, end)
    while i != -1:
        yield i, i + len(needle)
        i = text.find(needle, i + len(needle), end)


def matches(text: str, terms: Iterable[str], kind: str = "match") -> list[Mark]:
    """A mark on every occurrence of each search term (case-insensitive for Latin)."""
    folded = text.lower()
    return [Mark(s, e, kind) for term in terms for s, e in occurrences(folded, term.lower())]
