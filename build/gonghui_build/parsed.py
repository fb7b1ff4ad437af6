"""Stages 2–4 on one page: blocks → layout → repaired paragraphs → garbled runs.

The result, a :class:`ParsedPage`, is what extraction reads and what the page, article,
paragraph, repair and garbled-run rows are made from. The stages themselves live in
:mod:`gonghui_build.layout`; this module only runs them in order.
"""

from __future__ import annotations

from dataclasses import dataclass

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.paragraphs import Paragraph, assemble
from gonghui_build.layout.quality import Run, paragraph_runs
from gonghui_build.layout.segment import ArticleLayout, PrintedDate, layout
from gonghui_build.pages import Page
from gonghui_build.text.script import simplified_view

#: Roles whose text is checked for garbled runs.
PROSE_ROLES = frozenset({"body", "standfirst"})


@dataclass(frozen=True)
class ParsedPage:
    page: Page
    articles: tuple[ArticleLayout, ...]
    paragraphs: tuple[Paragraph, ...]
    runs: dict[int, list[Run]]  # garbled runs by paragraph seq
    printed_dates: tuple[PrintedDate, ...] = ()  # dates the page's furniture prints

    def paragraphs_of(self, index: int) -> list[Paragraph]:
        """The paragraphs of the article ``index``, in reading order."""
        return [p for p in self.paragraphs if p.article == index]


def parse_page(page: Page) -> ParsedPage:
    """Blocks → layout → repaired paragraphs → garbled runs. The layout reads a
    traditional page through its simplified view (same offsets); the paragraphs keep
    the text as printed."""
    view = simplified_view(page.text)
    page_layout = layout(split_blocks(view))
    paragraphs = assemble(page, page_layout, view if view is not page.text else None)
    suspects = page_layout.suspect_spans
    runs = {p.seq: paragraph_runs(p, suspects) for p in paragraphs if p.role in PROSE_ROLES}
    return ParsedPage(
        page,
        page_layout.articles,
        tuple(paragraphs),
        {s: r for s, r in runs.items() if r},
        page_layout.printed_dates,
    )
