"""The per-page stages as one task: a page in, its rows and facts out.

``layout`` and ``extract`` (see ``pipeline.STAGES``) are pure functions of one page, and
so are the rows of the page's own tables (pages, articles, paragraphs, repairs, garbled
runs). :func:`read_page` runs them together and returns a :class:`PageResult`: plain,
frozen, picklable values, so that the task can run in another process (``--jobs``), on a
Dask worker, or be taken from the cache of an earlier build. The laid-out page itself
(every character's page offset) is dropped here: later stages read only the facts and the
paragraph ids, which keeps the build's memory small as the archive grows.

**Pages too large to read.** A page of more than :data:`MAX_PAGE_CHARS` characters (a
normal page holds 1,000–10,000; such a file is a whole book or a concatenation of pages)
is published as plain paragraphs — one per line, a line cut every
:data:`PLAIN_PARAGRAPH_CHARS` characters — with no articles and no facts read, and the
build report says so. Every character is still in exactly one paragraph (coverage 1.0),
and the page builds in time linear in its size (a 50 MB page in about a minute).
"""

from __future__ import annotations

import pickle
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import pyarrow as pa

from gonghui.catalog import BY_NAME
from gonghui.schemas import arrow_schema
from gonghui_build.extract.facts import PageFacts
from gonghui_build.inputs import Problem
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.pages import Page
from gonghui_build.parsed import ParsedPage, parse_page
from gonghui_build.records.pages import page_rows
from gonghui_build.reference.words import Usage, recording
from gonghui_build.text.chars import is_blank
from gonghui_build.text.textedit import Cleaned
from gonghui_build.validate import Invalid, check_rows

__all__ = ["MAX_PAGE_CHARS", "PageResult", "plain_page", "read_page", "read_pages"]

#: Pages longer than this (in characters) are published as plain paragraphs, unread.
MAX_PAGE_CHARS = 200_000
#: The tables whose rows a page makes on its own.
PAGE_TABLES = ("pages", "articles", "paragraphs", "repairs", "garbled_runs")
#: Longest paragraph of a plainly published page.
PLAIN_PARAGRAPH_CHARS = 10_000

Row = dict[str, Any]
#: Line ends ``str.splitlines`` knows besides the blanks of ``text.chars``.
_LINE_BREAKS = frozenset("\x1c\x1d\x1e\x85\u2028\u2029")


@dataclass(frozen=True)
class PageResult:
    """What the rest of the build needs of one page."""

    page_id: str
    source_file: str
    #: Rows of the page's own tables (pages, articles, paragraphs, repairs, garbled_runs),
    #: checked by their models, as Arrow: made where the page is read, they cost the
    #: process that gathers every page only their bytes.
    rows: dict[str, pa.RecordBatch]
    facts: PageFacts
    #: Paragraph id of every paragraph seq: fact rows point at paragraphs by id.
    paragraph_ids: dict[int, str]
    repairs: dict[str, int] = field(default_factory=dict)
    garbled_paragraphs: int = 0
    #: Rows their table's model refused (left out of ``rows``).
    invalid: tuple[Invalid, ...] = ()
    problem: Problem | None = None
    #: What reading the page matched in the reference lists (``reference.words``).
    usage: Usage = (frozenset(), frozenset())

    def facts_pickle(self) -> bytes:
        """``(facts, paragraph_ids)`` pickled, as the build keeps them for the steps
        across pages: the bytes this result was unpickled from, when it was (a cache
        entry, a worker's result), instead of pickling the same objects again."""
        kept = self.__dict__.get("_facts_pickle")
        if kept is not None:
            return kept
        return pickle.dumps((self.facts, self.paragraph_ids), protocol=pickle.HIGHEST_PROTOCOL)

    def __getstate__(self) -> dict[str, Any]:
        """The result as pickled (to the per-page cache, from a worker): each table's rows
        as one Arrow IPC stream, the facts and paragraph ids as one pickle. Pickling a
        record batch rebuilds it column by column and its schema with every field's
        description, ten times the time of an IPC stream (≈ 0.7 ms a page either way,
        the most of reading a rebuild's 1,599 cache entries); the facts' own pickle is
        what the build writes for the steps across pages (:meth:`facts_pickle`)."""
        state = {k: v for k, v in self.__dict__.items() if k != "_facts_pickle"}
        state["rows"] = {k: _ipc(v) for k, v in self.rows.items()}
        state["facts"] = self.facts_pickle()
        del state["paragraph_ids"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state = dict(state)
        state["rows"] = {k: _from_ipc(v) for k, v in state["rows"].items()}
        if isinstance(state["facts"], bytes):
            state["_facts_pickle"] = state["facts"]
            state["facts"], state["paragraph_ids"] = pickle.loads(state["facts"])
        self.__dict__.update(state)


def _ipc(batch: pa.RecordBatch) -> bytes:
    """One record batch as an Arrow IPC stream (its schema, metadata included, with it)."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return sink.getvalue().to_pybytes()


def _from_ipc(data: bytes | pa.RecordBatch) -> pa.RecordBatch:
    """The record batch of :func:`_ipc` (the same schema and values); a batch pickled
    whole, as before, is kept as it is."""
    if isinstance(data, pa.RecordBatch):
        return data
    return pa.ipc.open_stream(data).read_next_batch()


def _blank(ch: str) -> bool:
    return is_blank(ch) or ch in _LINE_BREAKS


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``text``, trimmed, cut to plain paragraphs."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        s, e = start, end
        while s < e and _blank(text[s]):
            s += 1
        while e > s and _blank(text[e - 1]):
            e -= 1
        step = PLAIN_PARAGRAPH_CHARS
        spans += [(a, min(a + step, e)) for a in range(s, e, step)]
        start = end
    return spans


def plain_page(page: Page) -> ParsedPage:
    """The page as plain paragraphs (one per line), no articles: a page too large to lay
    out and read. Offsets are the page's, as for any page."""
    paragraphs = tuple(
        Paragraph(
            page_id=page.page_id,
            seq=seq,
            role="body",
            article=None,
            pieces=((s, e),),
            # a range, not a tuple: a 50 MB page would need gigabytes of offsets
            cleaned=Cleaned(page.text[s:e], page.text[s:e], range(s, e), ()),  # type: ignore[arg-type]
            is_fragment=False,
        )
        for seq, (s, e) in enumerate(_line_spans(page.text), start=1)
    )
    return ParsedPage(page, (), paragraphs, {})


def _too_large(page: Page) -> Problem:
    return Problem(
        page.source_file,
        f"page too large to read ({len(page.text):,} characters; a page holds up to "
        f"{MAX_PAGE_CHARS:,}): published as plain paragraphs, one per line, with no "
        "articles and no facts read",
        "split the file into its pages and build again",
        "partial",
    )


def _result(parsed: ParsedPage, curated: dict[str, str] | None, problem) -> PageResult:
    """Extraction and the page's own rows (checked by their models) of a laid-out page."""
    from gonghui_build.pipeline import extract

    page = parsed.page
    if problem is None:
        facts = extract(parsed, {page.source_file: curated or {}})
    else:
        facts = PageFacts(page.page_id, ())
    rows, invalid = {}, []
    made = page_rows(parsed, facts, curated)
    for name in PAGE_TABLES:
        good, bad = check_rows(BY_NAME[name], made.get(name, []))
        rows[name] = pa.RecordBatch.from_pylist(good, schema=arrow_schema(BY_NAME[name]))
        invalid += bad
    repairs = Counter(e.kind for p in parsed.paragraphs for e in p.cleaned.edits)
    return PageResult(
        page_id=page.page_id,
        source_file=page.source_file,
        rows=rows,
        facts=facts,
        # the ids the paragraphs' rows were given (one hash a paragraph, not two)
        paragraph_ids={r["seq"]: r["paragraph_id"] for r in made.get("paragraphs", [])},
        repairs=dict(repairs),
        garbled_paragraphs=len(parsed.runs),
        invalid=tuple(invalid),
        problem=problem,
    )


def _laid_out(page: Page) -> tuple[ParsedPage, Problem | None]:
    if len(page.text) > MAX_PAGE_CHARS:
        return plain_page(page), _too_large(page)
    return parse_page(page), None


def read_pages(pages: Sequence[Page], curated: Sequence[dict[str, str] | None]) -> list[PageResult]:
    """:func:`read_page` of several pages: the model first reads the sentences of all of
    them in batches (``extract.page.read_model``), which changes the time, not the facts."""
    from gonghui_build.extract.page import read_model

    laid = [recording(partial(_laid_out, p)) for p in pages]
    read_model([parsed for (parsed, problem), _ in laid if problem is None])
    out = []
    for ((parsed, problem), usage), line in zip(laid, curated, strict=True):
        result, more = recording(partial(_result, parsed, line, problem))
        out.append(replace(result, usage=(usage[0] | more[0], usage[1] | more[1])))
    return out


def read_page(page: Page, curated: dict[str, str] | None = None) -> PageResult:
    """Layout, extraction and the page's own rows (checked by their models) of one page;
    ``curated`` is the page's line of the metadata file, if any."""
    return read_pages([page], [curated])[0]
