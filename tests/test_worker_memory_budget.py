"""A worker over its memory budget empties its caches of texts read and then gives the
C heap's free pages back (what the emptying freed would otherwise stay counted in it);
under the budget it keeps both."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS


def _chunk():
    from gonghui_build.inputs import discover

    page = discover(SEEDS).pages[0]
    return [page], [None]


def _run_in_worker(monkeypatch, budget_mb: int) -> list[str]:
    from gonghui_build import pagemap
    from gonghui_build.text import tokenizer

    calls: list[str] = []
    monkeypatch.setattr(pagemap, "WORKER_MEMORY_MB", budget_mb)
    monkeypatch.setattr(pagemap, "WORKER_TASKS", 1)
    monkeypatch.setattr(pagemap, "_chunks_read", 0)
    monkeypatch.setattr(pagemap, "_emptied_at", 0)
    monkeypatch.setattr(pagemap, "give_back_freed_memory", lambda: calls.append("trim"))
    pagemap._run_chunk_in_worker(_chunk())
    if tokenizer._tag_tokens.cache_info().currsize == 0:
        calls.insert(0, "emptied")
    return calls


def test_a_worker_over_its_budget_empties_its_caches_then_gives_the_freed_pages_back(
    monkeypatch,
):
    assert _run_in_worker(monkeypatch, budget_mb=0) == ["emptied", "trim"]


def test_a_worker_under_its_budget_keeps_its_caches_and_trims_nothing(monkeypatch):
    assert _run_in_worker(monkeypatch, budget_mb=1_000_000) == []


def test_the_worker_budget_is_below_what_the_workers_held_before():
    from gonghui_build import pagemap

    # 320 MB let two workers hold ≈ 790 MB of a 1 GB target while pages are read
    assert 0 < pagemap.WORKER_MEMORY_MB <= 240


@pytest.mark.parametrize("module", ["gonghui_build.heap", "gonghui_build.earlydb"])
def test_giving_freed_memory_back_is_one_function_shared_by_the_fork_and_the_workers(module):
    import importlib

    from gonghui_build.heap import give_back_freed_memory

    assert importlib.import_module(module).give_back_freed_memory is give_back_freed_memory
