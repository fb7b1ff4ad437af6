"""Credits printed after the text they credit, settled once the page's articles are
read: bylines and credits after an article's text (``某台记者 某某 文``) open no article
of their own and fold into the article before; a writer's keyed credit printed once
under a run of yearbook entries (``（撰稿：某某）``) is the section's, the page's."""

from __future__ import annotations

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.cues import is_keyed_credit
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.shapes import Shape

#: Shapes of the blocks an article's own text is printed in: an article with none of
#: them and no headline is credits left after the text of the article before it.
_OWN_TEXT_SHAPES = frozenset({Shape.BODY, Shape.ITEM, Shape.ENTRY})


def fold_credit_tails(r: Reader) -> None:
    """Bylines and credits printed after an article's text (``某台记者 某某 文`` /
    ``各县总工会 图/资料``, or a reporter's credit then the correspondent's on its own
    line) open no article of their own: a byline starts an article only when a text
    follows it. With no headline and no running text, they belong to the article before."""
    kept: list[Draft] = []
    for draft in r.articles:
        blocks = [*draft.roles, *draft.body]
        credits_only = (
            kept
            and draft.headline is None
            and not draft.texted
            and not draft.continued
            and not any(r.shapes[i] in _OWN_TEXT_SHAPES for i in blocks)
            and min(blocks) > max([*kept[-1].roles, *kept[-1].body])
        )
        if credits_only:
            kept[-1].roles.update({i: role for i, role in draft.roles.items() if role == "byline"})
            kept[-1].body += [i for i in blocks if i not in kept[-1].roles]
        else:
            kept.append(draft)
    r.articles[:] = kept
    r.renumber()


def shared_entry_credit(r: Reader, blocks: list[Block]) -> None:
    """A writer's keyed credit (``（撰稿：某某）``) printed once under a run of yearbook
    entries, none of the others credited: the section's writer, page furniture, not the
    last entry's byline (each entry credited so is its author)."""
    entries = [d for d in r.articles if d.hint == "entry"]
    if len(entries) < 2 or any(_credits(d, blocks) for d in entries[:-1]):
        return
    for i in _credits(entries[-1], blocks):
        del entries[-1].roles[i]
        r.page_roles[i] = "furniture"


def _credits(draft: Draft, blocks: list[Block]) -> list[int]:
    """The keyed credits an article's head roles hold after its text."""
    last = max(draft.body, default=-1)
    return [
        i
        for i, role in draft.roles.items()
        if role == "byline" and i > last and is_keyed_credit(blocks[i].plain)
    ]
