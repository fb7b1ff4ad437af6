"""Stage 3 — page layout: which blocks form which article, and what each block is.

Read from the text's own evidence, in passes:

1. every block gets a *shape* from its own text, then from its neighbours
   (:mod:`shapes`): byline, dateline, credit, furniture, caption, digest item, entry
   head, display line, running text;
2. page-level evidence: a text printed twice (:mod:`repeats`), titles printed before
   their article — a printed page's headline index, a web page's title
   (:mod:`index`);
3. articles from the order of shapes (:mod:`heads`): anchors, entry heads, digest
   items, text after a closed article, trailing titles;
4. roles of the blocks after each head: body, section heading, photo caption, portrait
   caption, speaker line, credit, furniture.

Markdown marks help when present (a top-level ``#`` heading starts an article) but are
never needed.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from gonghui_build.layout.announced_columns import announced_columns
from gonghui_build.layout.award_sections import title_over_list
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.caption_items import free_other_place_photos
from gonghui_build.layout.channel_foot import channel_at_foot
from gonghui_build.layout.context import settle
from gonghui_build.layout.cues import BYLINE_MARKS, credit_names, dateline_prefix, opens_with_label
from gonghui_build.layout.dashed_kickers import dashed_kicker, lift_dashed_kickers
from gonghui_build.layout.digest_items import split_unmarked_digests
from gonghui_build.layout.display import MARKED_DISPLAY_MAX
from gonghui_build.layout.heads import read_page
from gonghui_build.layout.heads_web import long_title
from gonghui_build.layout.index import index_lines, printed_titles
from gonghui_build.layout.index_kickers import kicker_under_index
from gonghui_build.layout.interleave import suspect_columns
from gonghui_build.layout.list_rows import settle_rows
from gonghui_build.layout.neighbour_shapes import in_context
from gonghui_build.layout.notes import summary_box
from gonghui_build.layout.numbered_items import split_numbered_items
from gonghui_build.layout.page_lists import page_list
from gonghui_build.layout.paper_names import paper_name_on_top
from gonghui_build.layout.photo_runs import split_photo_runs
from gonghui_build.layout.place_heads import free_other_place_heads
from gonghui_build.layout.post_openings import fold_post_openings
from gonghui_build.layout.post_sections import fold_post_sections
from gonghui_build.layout.printed_dates import PrintedDate, dates_in
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.repeats import find_repeats
from gonghui_build.layout.roles import body_roles, kinds_of, subtitle_under_byline
from gonghui_build.layout.shapes import Shape, classify
from gonghui_build.layout.source_titles import source_title_lines
from gonghui_build.layout.subheads import fold_signed_subheads
from gonghui_build.layout.subject_photos import fold_subject_photos
from gonghui_build.layout.tables import headless_tables, spaced_headers
from gonghui_build.layout.trailing_credits import fold_credit_tails, shared_entry_credit
from gonghui_build.text.chars import ends_sentence, without_spaces

__all__ = [
    "BYLINE_MARKS",
    "ArticleLayout",
    "PageLayout",
    "Placed",
    "PrintedDate",
    "Shape",
    "credit_names",
    "dateline_prefix",
    "layout",
]

PAGE_LEVEL_ROLES = frozenset({"banner", "furniture"})
#: Most paragraphs of running text before a page's first head read as its standfirst.
STANDFIRST_MAX = 2


@dataclass(frozen=True)
class Placed:
    """A block with its role and the article (index on the page) it belongs to."""

    block: Block
    shape: Shape
    role: str
    article: int | None


@dataclass(frozen=True)
class ArticleLayout:
    index: int
    kind: str
    #: The kind the extraction reads the text as (:func:`roles.kinds_of`): a news item
    #: for undatelined text opening with a day, printed as ``other``.
    read_kind: str
    first_block: int
    last_block: int
    continued: bool = False  # a continuation marker (上接/下转) links it to another page


@dataclass(frozen=True)
class PageLayout:
    """The layout of a page. ``printed_dates`` are the dates its furniture prints (a
    masthead's, a timestamp, a source line's), with their page spans and kinds, in page
    order (see :mod:`printed_dates`): the extraction may date articles from them."""

    placed: tuple[Placed, ...]
    articles: tuple[ArticleLayout, ...]
    lines_are_paragraphs: bool = False  # no blank lines between the page's paragraphs
    suspect_spans: tuple[tuple[int, int], ...] = ()  # lines perhaps two columns read across
    printed_dates: tuple[PrintedDate, ...] = ()
    #: blocks that are paragraphs of their own: a roster's lines, a table's rows (:mod:`roster`)
    rows: frozenset[int] = frozenset()


def _standfirst(r: Reader) -> None:
    """Text before the page's first head, just above it, is that article's standfirst;
    not an editor's note over it (``编者按：…本报推出系列报道``), which the editor writes
    of the page's series or column, an item of its own with no headline."""
    if len(r.articles) < 2:
        return
    first, second = r.articles[0], r.articles[1]
    head = min(second.roles, default=None)
    texts = [i for i in first.body if r.shapes[i] is Shape.BODY]
    if (
        first.roles
        or first.continued
        or "byline" not in second.roles.values()
        or not texts
        or len(texts) > STANDFIRST_MAX
        or head is None
        or any(r.shapes[i] not in (Shape.BODY, Shape.CAPTION, Shape.CREDIT) for i in first.body)
        or max(first.body) + 1 != head
        # a labelled note opening the page (编者按：…, :func:`cues.opens_with_label`)
        # speaks of the page's series or column: an item of its own
        or all(opens_with_label(r.blocks[i].plain) for i in texts)
    ):
        return
    if _headline_over_byline(r, texts, second):
        second.roles[texts[0]] = "headline"
    elif dashed_kicker(r.blocks, texts, second.roles):
        second.roles[texts[0]] = "kicker"
    else:
        for i in first.body:
            r.page_roles[i] = "standfirst" if r.shapes[i] is Shape.BODY else "preamble"
    r.articles.pop(0)
    r.renumber()


def _headline_over_byline(r: Reader, texts: list[int], second: Draft) -> bool:
    """One line that ends no sentence over the byline of an article with no headline is
    that article's headline, too long for display text (``浓浓关怀暖人心！某区总工会举办
    职工中秋慰问活动`` over ``某报记者 某某``): a standfirst is a sentence."""
    if len(texts) != 1 or "headline" in second.roles.values():
        return False
    return _long_title_line(r.blocks[texts[0]])


def _long_title_line(block: Block) -> bool:
    """One line, no longer than a marked headline, that ends no sentence and holds none:
    a title too long for display text, not a sentence of text."""
    compact = without_spaces(block.plain)
    return (
        len(block.lines) == 1
        and len(compact) <= MARKED_DISPLAY_MAX
        and not ends_sentence(compact)
        and not any(p in compact for p in "。；;")
    )


def _preamble_role(shape: Shape, role: str) -> str:
    if role != "preamble":
        return role
    return {
        Shape.PERSON_CAPTION: "portrait_caption",
        Shape.CREDIT: "photo_credit",
        Shape.CAPTION: "photo_caption",
    }.get(shape, "banner")


def _headings_after_lists(
    blocks: list[Block],
    body: list[int],
    roles: dict[int, str],
    shapes: list[Shape],
    rows: frozenset[int],
) -> None:
    """A display line right after a list's last item and over text is a section heading:
    the items end no sentence, yet no sentence runs on past them into a caption."""
    for before, i, after in zip(body, body[1:], body[2:], strict=False):
        if (
            before in rows
            and roles.get(i) == "photo_caption"
            and shapes[i] is Shape.DISPLAY
            and shapes[after] is Shape.BODY
            and not blocks[i].plain.startswith(("（", "("))  # a note on the list's line
        ):
            roles[i] = "section_heading"


def _roles(
    blocks: list[Block],
    shapes: list[Shape],
    r: Reader,
    repeats: dict[int, int],
    rows: frozenset[int] = frozenset(),
):
    roles: dict[int, str] = {}
    owner: dict[int, int | None] = {}
    for i, role in r.page_roles.items():
        roles[i] = _preamble_role(shapes[i], role)
        page_level = roles[i] in PAGE_LEVEL_ROLES or not r.articles
        owner[i] = None if page_level else 0
    for draft in r.articles:
        article_roles = {**draft.roles, **body_roles(blocks, shapes, draft.body)}
        _headings_after_lists(blocks, sorted(draft.body), article_roles, shapes, rows)
        subtitle_under_byline(shapes, sorted(draft.body), article_roles)
        for i, role in article_roles.items():
            roles[i] = role
            owner[i] = None if role in PAGE_LEVEL_ROLES else draft.index
    for j, i in repeats.items():
        twin = owner.get(i)
        roles[j] = "repeat" if twin is not None else roles.get(i, "furniture")
        owner[j] = twin
    for b in blocks:  # anything left (a page with no article at all) is the page's
        roles.setdefault(b.index, "furniture")
        owner.setdefault(b.index, None)
    return roles, owner


def _article_layouts(
    blocks: list[Block], r: Reader, roles: dict[int, str], owner: dict[int, int | None]
) -> tuple[ArticleLayout, ...]:
    members: dict[int, list[int]] = {}
    for i in range(len(blocks)):
        article = owner.get(i)
        if article is not None:
            members.setdefault(article, []).append(i)
    out = []
    for draft in r.articles:
        member = members[draft.index]
        kind, read_kind = kinds_of(draft, {i: roles[i] for i in member}, blocks)
        out.append(
            ArticleLayout(
                index=draft.index,
                kind=kind,
                first_block=min(member),
                last_block=max(member),
                continued=draft.continued,
                read_kind=read_kind,
            )
        )
    return tuple(out)


def _top_level(blocks: list[Block], shapes: list[Shape]) -> int:
    levels = [
        b.heading_level
        for b, s in zip(blocks, shapes, strict=True)
        if b.heading_level and s is Shape.DISPLAY
    ]
    return min(levels) if levels else 0


def _drop_empty(r: Reader) -> None:
    """An article left with no block of its own (all moved to the page) is no article."""
    r.articles[:] = [d for d in r.articles if d.roles or d.body]
    r.renumber()


def _drop_bare_top_heads(r: Reader) -> None:
    """Head lines at the page's top with nothing under them (no text, caption or item of
    their own), over another article's head, open no article: they are a page's top
    lines (an image's alt text, a logo's words) that merely look like a headline and a
    byline, the page's banner."""
    while len(r.articles) > 1 and not r.articles[0].has_body and not r.articles[0].continued:
        for i in r.articles.pop(0).roles:
            r.page_roles[i] = "banner"
    r.renumber()


def layout(blocks: list[Block]) -> PageLayout:
    """Assign every block of a page to an article (or to the page) with a role."""
    shapes, listed = settle(blocks, in_context(blocks, [classify(b) for b in blocks]))
    rows, award_heads = settle_rows(blocks, shapes)
    for i in [
        *summary_box(blocks, shapes),
        *channel_at_foot(blocks, shapes),
        *page_list(blocks, shapes),
        *source_title_lines(blocks, shapes),
        *paper_name_on_top(blocks, shapes),
        *announced_columns(blocks, shapes),
    ]:
        shapes[i] = Shape.FURNITURE
    title = long_title(blocks, shapes)
    if title is not None:
        shapes[title] = Shape.DISPLAY  # a web copy's long title over its text
    repeats = find_repeats(blocks, shapes)
    index = index_lines(blocks, shapes, set(repeats))
    index -= kicker_under_index(blocks, shapes, index)
    for i in index:
        shapes[i] = Shape.FURNITURE
    titles = printed_titles(blocks, shapes, index)
    reader = read_page(blocks, shapes, set(repeats), _top_level(blocks, shapes), titles)
    headers = spaced_headers(blocks, rows)  # 序号  姓名  工作单位: a table's header
    title_over_list(reader, award_heads | headers)
    headless_tables(reader, headers)
    _drop_empty(reader)
    fold_post_openings(reader)
    _drop_bare_top_heads(reader)
    fold_credit_tails(reader)
    split_unmarked_digests(reader)
    split_numbered_items(reader)
    fold_credit_tails(reader)  # a credit the digest's title parted from its text
    free_other_place_photos(reader)
    split_photo_runs(reader)
    fold_subject_photos(reader)
    free_other_place_heads(reader)
    fold_signed_subheads(reader)
    fold_post_sections(reader)
    shared_entry_credit(reader, blocks)
    lift_dashed_kickers(reader)
    _standfirst(reader)
    roles, owner = _roles(blocks, shapes, reader, repeats, rows)
    placed = tuple(
        Placed(block=b, shape=shapes[b.index], role=roles[b.index], article=owner[b.index])
        for b in blocks
    )
    separated = sum(b.lines[0].blank_before for b in blocks[1:])
    articles = _article_layouts(blocks, reader, roles, owner)
    return PageLayout(
        placed=placed,
        articles=articles,
        lines_are_paragraphs=2 * separated < len(blocks) - 1,
        suspect_spans=tuple(
            suspect_columns([line for b in blocks for line in b.lines], rows_apart=True)
        ),
        printed_dates=_printed_dates(placed, articles, listed),
        rows=rows,
    )


def _printed_dates(
    placed: tuple[Placed, ...], articles: tuple[ArticleLayout, ...], listed: set[int]
) -> tuple[PrintedDate, ...]:
    """Dates in the page's furniture (not in lists of links to other pages); each belongs
    to the article whose blocks surround it (a web page's timestamp under its title), else
    to the page."""
    spans = sorted((a.first_block, a.last_block, a.index) for a in articles)
    starts = [first for first, _, _ in spans]
    out: list[PrintedDate] = []
    for p in placed:
        if p.role != "furniture" or p.block.index in listed:
            continue
        i = p.block.index
        k = bisect_right(starts, i) - 1  # the last article starting at or before the block
        article = spans[k][2] if k >= 0 and spans[k][1] >= i else None
        for line in p.block.lines:
            out += dates_in(line.text, line.start, i, article)
    return tuple(sorted(out, key=lambda d: d.start))
