"""A short item the page prints under a signed report, closed by its own credit.

A printed page sets short items after its long ones: a headline, a paragraph or two that
open like news (``6月2日，某区总工会…``) and the correspondent's credit that closes them
(``（某某）``). When the item prints no dateline, the reading above takes its headline
for a section heading of the report before it and its credit for a second byline. A
report whose writer is named at its head (``本报记者 某某`` under its title, or a dateline
``本报讯（记者 某某）``) has no second byline at its end: the last heading with such a
credited news text under it opens an item of its own.
"""

from __future__ import annotations

from gonghui_build.layout.cues import dateline_prefix
from gonghui_build.layout.display import opens_with_news_lead
from gonghui_build.layout.reader import Draft, Reader, section_like
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import ends_sentence, without_spaces

#: Most paragraphs of text such an item prints between its headline and its credit.
TAIL_PARAGRAPHS_MAX = 3


def free_credited_tails(r: Reader) -> None:
    """Each signed report's credited tail item (see the module) becomes an article."""
    r.articles[:] = [part for draft in r.articles for part in _parted(r, draft)]


def _parted(r: Reader, draft: Draft) -> list[Draft]:
    """``draft``, then the credited item closing it, when it ends with one."""
    tail = _credited_tail(r, draft)
    if tail is None:
        return [draft]
    head, text, credit = tail
    draft.roles.pop(credit)
    draft.body = [i for i in draft.body if i < head]
    item = Draft(index=0, roles={head: "headline", credit: "byline"}, body=text, closed=True)
    return [draft, item]


def _credited_tail(r: Reader, draft: Draft) -> tuple[int, list[int], int] | None:
    """The headline, text and credit of the item closing ``draft``, or None."""
    if not draft.body or not _signed_at_head(r, draft):
        return None
    credit = max([*draft.roles, *draft.body])
    if draft.roles.get(credit) != "byline" or r.shapes[credit] is not Shape.END_CREDIT:
        return None
    heads = [i for i in draft.body if r.shapes[i] is Shape.DISPLAY]
    if not heads:
        return None
    head = max(heads)
    text = [i for i in draft.body if i > head]
    if not _reads_as_item(r, head, text, credit) or not any(i < head for i in draft.body):
        return None
    return head, text, credit


def _signed_at_head(r: Reader, draft: Draft) -> bool:
    """The report names its writer before its text: a byline over it, or a reporter's
    dateline opening it."""
    first = min(draft.body)
    if any(role == "byline" and i < first for i, role in draft.roles.items()):
        return True
    opening = min((i for i, role in draft.roles.items() if role == "dateline"), default=first)
    if r.shapes[opening] is not Shape.DATELINE:
        return False
    lead = dateline_prefix(r.blocks[opening].plain)
    return lead is not None and "记者" in lead


def _reads_as_item(r: Reader, head: int, text: list[int], credit: int) -> bool:
    """A headline (no numbered part) over one to three paragraphs of news, the first
    opening like a news item, the last just before the credit."""
    title = without_spaces(r.blocks[head].plain)
    return (
        0 < len(text) <= TAIL_PARAGRAPHS_MAX
        and not section_like(title)
        and text == list(range(head + 1, credit))
        and all(r.shapes[i] is Shape.BODY for i in text)
        and opens_with_news_lead(r.blocks[text[0]].plain)
        and all(ends_sentence(without_spaces(r.blocks[i].plain)) for i in text)
    )
