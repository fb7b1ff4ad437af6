"""Run the per-page task (:func:`gonghui_build.perpage.read_pages`) over every page: in
this process, in worker processes, or on a Dask cluster — with the per-page cache.

* ``jobs=1``: in this process, pages in chunks of :data:`CHUNK` (the model reads a
  chunk's sentences in batches).
* ``jobs=N``: N worker processes forked *after* jieba's dictionary and the reference
  data are loaded (the workers share them; each makes its own model session, which is
  not fork-safe). Chunks of :data:`WORKER_CHUNK` pages go to whichever worker is free,
  and the results come back in page order, so the output is byte-identical to
  ``jobs=1``. The objects loaded before the fork are frozen out of the garbage
  collector (``gc.freeze``: collecting would write to every one of them and copy the
  pages the workers share). A worker lives for the whole build and keeps what it has
  read (sentences' tags, words, lines' kinds: the pages of an archive repeat sentences,
  bylines and furniture); after a chunk that leaves it above :data:`WORKER_MEMORY_MB` of
  memory of its own, it empties those caches (``text.caches``), so that its memory stays
  bounded however large the archive. (Replacing a worker by a fresh fork every 192
  pages, as before, bounded it too, but each fresh worker read its first pages with cold
  caches, made its model session and compiled the rules' patterns again: about 2 CPU s
  a replacement, 8 % more CPU over 400 pages.) When the workers are done, this process
  lets go of jieba's dictionaries.
* ``dask="tcp://host:8786"`` (or a ``distributed.Client``): the same chunks mapped on a
  Dask cluster, at most two chunks a worker in flight. The task is a pure function of
  picklable values (a page in, its rows and facts out), so any engine that maps a
  function could run it; the cross-page stages stay in this process.

Pages come as the build found them on disk (``inputs.PageFile``: a name, a hash, an
encoding); each page's text is read when its chunk is made and let go with it. Held from
the start, an archive's texts (62 MB at 10,000 pages) were shared by every worker forked
after them, and stayed in the tree's memory until reading ended.

``gonghui build`` (``let_go``) then lets go of the model and jieba's dictionaries in
this process: nothing after reading uses them.

Results of pages found in the cache are read from it, in their turn; the others are read
and stored. Whatever the way, pages come back in the order given.
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from itertools import islice
from typing import Any

from gonghui_build.heap import give_back_freed_memory
from gonghui_build.inputs import PageFile
from gonghui_build.pagecache import PageCache, page_key
from gonghui_build.pages import Page
from gonghui_build.perpage import PageResult, read_page, read_pages
from gonghui_build.reference.words import compiled, recording
from gonghui_build.text.caches import clear_text_caches

__all__ = ["CHUNK", "WORKER_CHUNK", "map_pages", "warm_up"]

#: Pages a chunk holds in this process, and in a worker process or on a Dask worker:
#: as many in both, since the model reads a chunk's sentences of one length together
#: (smaller chunks, smaller batches: a worker spent a quarter more CPU a page).
CHUNK = 64
WORKER_CHUNK = 64
#: Memory of its own (MB: private pages, its copies of pages shared with this process
#: included) above which a worker empties its caches of texts read after a chunk. A
#: worker reading the benchmark corpus holds 148 MB after one chunk, 213 after two,
#: 243 after three, 316–322 after seven. What an emptying frees stays mostly in the
#: heap (Python's arenas keep a page while any object in it lives), so a worker's
#: memory is about the largest its caches ever grew: the budget and how often it is
#: looked at set that high-water mark. At 240 MB looked at every three chunks the
#: workers held ≈ 320–340 MB each (PSS, 1,000 pages); at 160 looked at after every
#: chunk (a chunk's caches never pile on the last ones) they hold ≈ 286–293 MB, the
#: tree's peak while pages are read 22–91 MB lower, for no CPU measurable on this
#: machine (benchmarks/README.md, branches ``s19-perf`` and ``s29-mem2``). The caches
#: still serve every page of a chunk (64 pages: an article's sentences, a page's
#: furniture).
WORKER_MEMORY_MB = 160
#: The environment variable that sets a build's worker budget in MB (a positive number)
#: instead of :data:`WORKER_MEMORY_MB`: lower on a machine with less memory to spare
#: (the workers then empty their caches sooner and read a little slower), higher on one
#: with more. Checked before the workers are forked (which inherit it) and read by them.
WORKER_MEMORY_ENV = "GONGHUI_WORKER_MEMORY_MB"
#: Chunks between emptyings where a process's own memory cannot be read (no ``/proc``):
#: as often as workers were replaced before (192 pages).
UNMEASURED_TASKS = 3
#: The garbage collector's first threshold while pages are read (Python's default: 700).
#: Reading allocates millions of short-lived objects (words, spans, rows) beside caches
#: of hundreds of thousands that live on; with the default, a tenth of the reading's CPU
#: went to collections, most to the oldest generation (0.73 s of 100 pages, 13 full
#: collections). Freed objects are freed as before (by their count of references); only
#: cycles wait a little longer.
READING_GC_THRESHOLD = 20_000

Curated = dict[str, str] | None
Chunk = tuple[list[Page], list[Curated]]
#: A page, or a page found on disk whose text is read when its chunk is made.
Readable = Page | PageFile


def warm_up() -> None:
    """Load what every page reads (jieba's dictionary, the reference data) before
    workers are forked, so that they share it instead of each loading it. Reading in one
    process warms up the same way: the reference lists the warm-up page reads whole, once
    for the process, then count as read by either way of reading (the usage report)."""
    from gonghui_build.text.tokenizer import pos_tokenizer, tokenizer

    tokenizer()
    pos_tokenizer()
    text = "区总工会召开座谈会\n\n本报讯 会议在京举行。"
    page = Page("warm-up", "warm-up.txt", text, "0" * 64)
    recording(partial(read_page, page, None), keep=False)  # its matches are no page's


def _with_warm_up_lists(result: PageResult) -> PageResult:
    """``result`` crediting the lists read whole before it (by the warm-up, in this
    process or before the workers were forked), which its own usage cannot see: kept in
    the cache, they make a rebuild from the cache report the lists read as a fresh build
    does, though no warm-up runs when every page comes from the cache."""
    return replace(result, usage=(result.usage[0], result.usage[1] | compiled()))


def _chunks(items: Sequence[tuple[Readable, Curated]], size: int) -> Iterator[Chunk]:
    """Chunks of ``size`` pages, each page's text read as its chunk is made: with worker
    processes, the pool takes a chunk only when a worker is ready for it (its pipe is
    full before), so a few chunks' texts are held at a time, never the archive's."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield [p.load() for p, _ in chunk], [c for _, c in chunk]


def _run_chunk(chunk: Chunk) -> list[PageResult]:
    return read_pages(*chunk)


def _own_memory_mb() -> float | None:
    """This process's private memory (MB), or None where ``/proc`` cannot tell it."""
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as fh:
            fields = [line.split() for line in fh]
    except OSError:
        return None
    private = ("Private_Clean:", "Private_Dirty:")
    return sum(int(f[1]) for f in fields if f and f[0] in private) / 1024


def worker_memory_budget() -> float:
    """The workers' memory budget in MB: :data:`WORKER_MEMORY_ENV` when set, else
    :data:`WORKER_MEMORY_MB`. A value that is not a positive number is refused before any
    page is read, rather than left to make every worker empty its caches after every
    chunk (0) or never (a typo)."""
    raw = os.environ.get(WORKER_MEMORY_ENV, "").strip()
    if not raw:
        return WORKER_MEMORY_MB
    try:
        budget = float(raw)
    except ValueError:
        budget = math.nan
    if not (budget > 0 and math.isfinite(budget)):
        raise ValueError(f"{WORKER_MEMORY_ENV}={raw!r}: expected a positive number of MB")
    return budget


_chunks_read = 0
_emptied_at = 0


def _time_to_empty(chunks_since: int) -> bool:
    """Whether a worker that read ``chunks_since`` chunks since it last emptied its
    caches empties them now: over its budget, or, where its memory cannot be read,
    every :data:`UNMEASURED_TASKS` chunks."""
    memory = _own_memory_mb()
    if memory is None:
        return chunks_since >= UNMEASURED_TASKS
    return memory > worker_memory_budget()


def _run_chunk_in_worker(chunk: Chunk) -> list[PageResult]:
    """A chunk in a worker process; then, if the worker has outgrown its budget, its
    caches of texts read are emptied (which changes no result)."""
    global _chunks_read, _emptied_at
    results = read_pages(*chunk)
    _chunks_read += 1
    if _time_to_empty(_chunks_read - _emptied_at):
        clear_text_caches()
        give_back_freed_memory()  # the part the C heap can give back (≈ 20 MB)
        _emptied_at = _chunks_read
    return results


@contextmanager
def _fewer_collections(freeze: bool = True) -> Iterator[None]:
    """Collections rarer while pages are read (:data:`READING_GC_THRESHOLD`), the
    warm-up's objects (reference data, jieba's dictionary, the model) frozen out of them
    unless ``freeze`` is false; both undone afterwards. No result depends on when the
    collector runs."""
    before = gc.get_threshold()
    if freeze:
        gc.collect()
        gc.freeze()
    gc.set_threshold(READING_GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        if freeze:
            gc.unfreeze()


def _in_process(
    todo: Sequence[tuple[Readable, Curated]], let_go: bool = False
) -> Iterator[PageResult]:
    if not todo:
        return
    # as before forking workers: the lists it reads whole count as read in both ways
    warm_up()
    try:
        with _fewer_collections():
            for chunk in _chunks(todo, CHUNK):
                yield from _run_chunk(chunk)
    finally:
        # run when the caller lets go of this generator (``map_pages`` ends)
        if let_go:
            _forget_warm_up(everything=True)


def worker_chunk(pages: int, workers: int) -> int:
    """Pages a chunk sent to a worker holds: :data:`WORKER_CHUNK`, fewer for a small
    build, so that every worker gets at least four chunks (the last chunk of a build
    keeps one worker busy alone)."""
    return max(1, min(WORKER_CHUNK, pages // (4 * workers)))


def _in_workers(
    todo: Sequence[tuple[Readable, Curated]], jobs: int, let_go: bool = False
) -> Iterator[PageResult]:
    worker_memory_budget()  # a wrong value refused here, before any page is read
    warm_up()
    size = worker_chunk(len(todo), jobs)
    context = multiprocessing.get_context("fork")
    try:
        # the workers inherit both the frozen objects and the threshold
        with _fewer_collections(), context.Pool(jobs) as pool:
            for results in pool.imap(_run_chunk_in_worker, _chunks(todo, size)):
                yield from results
    finally:
        _forget_warm_up(everything=let_go)


def _forget_warm_up(everything: bool) -> None:
    """Let go of jieba's dictionaries in this process once the workers are done (about
    90 MB): the steps across pages do not read them (a step that does loads them again).
    With ``everything`` (a process that reads pages for one build only: ``gonghui
    build``), also of the model's session and its sentences' tags: held before through
    every step after reading (and inherited by the database's forked process), though
    nothing after reading tags a sentence (a rebuild of 1,600 pages with one page read
    again: its largest RSS 583 → 482 MB). The other caches of texts read are kept, and
    the C heap is not trimmed: emptying them too cost ≈ 6 CPU s more in that rebuild
    (some are read again after reading) for the same largest RSS."""
    from gonghui_build.text.ner.model import forget_model
    from gonghui_build.text.tokenizer import pos_tokenizer, tokenizer

    pos_tokenizer.cache_clear()
    tokenizer.cache_clear()
    if everything:
        forget_model()
    gc.collect()


def _on_dask(todo: Sequence[tuple[Readable, Curated]], dask: Any) -> Iterator[PageResult]:
    from distributed import Client

    client = dask if isinstance(dask, Client) else Client(dask)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = 2 * workers
        chunks = _chunks(todo, worker_chunk(len(todo), workers))
        pending = [client.submit(_run_chunk, c, pure=False) for c in islice(chunks, window)]
        while pending:
            results = pending.pop(0).result()
            pending += [client.submit(_run_chunk, c, pure=False) for c in islice(chunks, 1)]
            yield from results
    finally:
        if client is not dask:
            client.close()


def map_pages(
    pages: Sequence[Readable],
    curated: Callable[[Readable], Curated],
    *,
    jobs: int = 1,
    cache: PageCache | None = None,
    dask: Any = None,
    let_go: bool = False,
) -> Iterator[PageResult]:
    """Every page's result, in the order of ``pages``; ``curated(page)`` is its line of
    the metadata file. With ``let_go``, this process lets go of what reading loaded
    once every page is read (:func:`_forget_warm_up`); without it (a process that builds
    again and again: the tests, the scorer), it keeps it for the next build."""
    lines = [curated(p) for p in pages]
    keys = [page_key(p, c) for p, c in zip(pages, lines, strict=True)] if cache else []
    stored = [cache.has(k) for k in keys] if cache else [False] * len(pages)
    todo = [(p, c) for p, c, hit in zip(pages, lines, stored, strict=True) if not hit]
    if dask is not None:
        fresh = _on_dask(todo, dask)
    elif jobs > 1 and len(todo) > 1:
        fresh = _in_workers(todo, jobs, let_go)
    else:
        fresh = _in_process(todo, let_go)
    for n, hit in enumerate(stored):
        if hit and cache is not None:
            # an entry that cannot be read (a disk error) is read from the page again
            yield cache.get(keys[n]) or read_page(pages[n].load(), lines[n])
            continue
        result = _with_warm_up_lists(next(fresh))
        if cache is not None:
            cache.put(keys[n], result)
        yield result
