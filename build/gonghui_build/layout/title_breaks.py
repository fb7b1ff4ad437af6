"""A line break inside a chain of titles: one paragraph, not two.

A web copy or a PDF's text layer may break a line between a body and the post held at
it (``…区委副书记、统战部`` / ``部长某某，区总工会主席某某出席``). When a page's lines are
its paragraphs, a line that ends no sentence is joined to the next only when the next
starts mid-sentence; a post opens a sentence as a noun would (``部长`` is a word), so the
chain was cut in two and the person lost the body and the posts printed before the
break. The seam is a title chain's when the line stops on what a post is held at (a
department, ``统战部``; an inner body, ``党组``; a union, ``总工会``; a modifier, ``副``)
and the next line opens with a post (``titles.yaml``): no writer ends a paragraph there.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.text.chars import is_cjk

_TITLES = "titles.yaml"
#: Characters read on each side of a break for a post printed across it.
_SEAM = 4


def _holds_a_post(tail: str) -> bool:
    """``tail`` stops on a body a post is held at, or on a post's modifier."""
    titles = lexicon.titles()
    return bool(
        lexicon.words(_TITLES, "department_endings").ending(tail)
        or titles.inner_bodies.ending(tail)
        or titles.modifiers.ending(tail)
        or tail.endswith(titles.union_body)
    )


def _post_across(tail: str, head: str) -> bool:
    """A post printed across the break (``统战部部`` / ``长某某``, ``副书`` / ``记某某``):
    a title read from the seam's last characters runs on into the next line."""
    left = tail[-_SEAM:]
    seam = left + head[:_SEAM]
    regex = lexicon.titles().regex
    for start in range(len(left)):
        match = regex.match(seam, start)
        if match and match.end() > len(left) and match.end() < len(left) + len(head):
            return True
    return False


def breaks_title_chain(tail: str, head: str) -> bool:
    """Whether the line ending ``tail`` and the line opening ``head`` are one title chain
    broken at the line's end: ``tail`` ends on a Chinese character that holds a post and
    ``head`` opens with a post followed by more text (``统战部`` / ``部长某某，…``), or a
    post runs across the break (``统战部部`` / ``长某某…``)."""
    tail, head = tail.rstrip(), head.lstrip()
    if not tail or not head or not is_cjk(tail[-1]):
        return False
    if _post_across(tail, head):
        return True
    match = lexicon.titles().regex.match(head) if _holds_a_post(tail) else None
    return match is not None and match.end() < len(head)
