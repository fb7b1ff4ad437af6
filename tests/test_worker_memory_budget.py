"""A worker over its memory budget empties its caches of texts read and then gives the
C heap's free pages back (what the emptying freed would otherwise stay counted in it);
under the budget it keeps both."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS


def _chunk():
    from gonghui_build.inputs import discover

    page = discover(SEEDS).pages[0].load()
    return [page], [None]


def _run_in_worker(monkeypatch, budget_mb: int) -> list[str]:
    from gonghui_build import pagemap
    from gonghui_build.text import tokenizer

    calls: list[str] = []
    monkeypatch.setattr(pagemap, "WORKER_MEMORY_MB", budget_mb)
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

    # 320 MB let two workers hold ≈ 790 MB of a 1 GB target while pages are read; 240
    # looked at every three chunks ≈ 660 MB at 1,000 pages, 160 after every chunk ≈ 580
    assert 0 < pagemap.WORKER_MEMORY_MB <= 160


@pytest.mark.parametrize("module", ["gonghui_build.heap", "gonghui_build.earlydb"])
def test_giving_freed_memory_back_is_one_function_shared_by_the_fork_and_the_workers(module):
    import importlib

    from gonghui_build.heap import give_back_freed_memory

    assert importlib.import_module(module).give_back_freed_memory is give_back_freed_memory


def test_the_worker_budget_is_read_from_the_environment(monkeypatch):
    from gonghui_build import pagemap

    monkeypatch.setenv(pagemap.WORKER_MEMORY_ENV, " 150 ")
    assert pagemap.worker_memory_budget() == 150


def test_without_the_variable_the_worker_budget_is_the_default(monkeypatch):
    from gonghui_build import pagemap

    monkeypatch.delenv(pagemap.WORKER_MEMORY_ENV, raising=False)
    assert pagemap.worker_memory_budget() == pagemap.WORKER_MEMORY_MB


@pytest.mark.parametrize("value", ["0", "-5", "lots", "inf", "nan"])
def test_a_worker_budget_that_is_not_a_positive_number_is_refused(monkeypatch, value):
    from gonghui_build import pagemap

    monkeypatch.setenv(pagemap.WORKER_MEMORY_ENV, value)
    with pytest.raises(ValueError, match=pagemap.WORKER_MEMORY_ENV):
        pagemap.worker_memory_budget()


def test_a_worker_empties_its_caches_over_a_budget_set_in_the_environment(monkeypatch):
    from gonghui_build import pagemap

    monkeypatch.setenv(pagemap.WORKER_MEMORY_ENV, "0.001")
    assert _run_in_worker(monkeypatch, budget_mb=1_000_000) == ["emptied", "trim"]


def test_a_wrong_worker_budget_stops_the_build_before_any_page_is_read(monkeypatch, tmp_path):
    from gonghui_build import pagemap

    read: list[object] = []
    monkeypatch.setattr(pagemap, "read_pages", lambda *chunk: read.append(chunk) or [])
    monkeypatch.setenv(pagemap.WORKER_MEMORY_ENV, "0")
    with pytest.raises(ValueError, match=pagemap.WORKER_MEMORY_ENV):
        next(pagemap._in_workers(list(zip(_chunk()[0] * 2, [None, None], strict=True)), 2))
    assert read == []


def _emptyings(monkeypatch, memory_mb: float | None, chunks: int) -> list[int]:
    """After which of ``chunks`` chunks a worker with the default budget and cadence,
    whose memory reads ``memory_mb``, empties its caches."""
    from gonghui_build import pagemap

    emptied: list[int] = []
    monkeypatch.delenv(pagemap.WORKER_MEMORY_ENV, raising=False)
    monkeypatch.setattr(pagemap, "_chunks_read", 0)
    monkeypatch.setattr(pagemap, "_emptied_at", 0)
    monkeypatch.setattr(pagemap, "read_pages", lambda *chunk: [])
    monkeypatch.setattr(pagemap, "_own_memory_mb", lambda: memory_mb)
    monkeypatch.setattr(pagemap, "give_back_freed_memory", lambda: None)
    monkeypatch.setattr(pagemap, "clear_text_caches", lambda: emptied.append(pagemap._chunks_read))
    for _ in range(chunks):
        pagemap._run_chunk_in_worker(([], []))
    return emptied


def test_a_worker_over_its_budget_empties_its_caches_after_every_chunk(monkeypatch):
    from gonghui_build import pagemap

    over = pagemap.WORKER_MEMORY_MB + 1
    assert _emptyings(monkeypatch, over, chunks=4) == [1, 2, 3, 4]


def test_a_worker_under_its_budget_never_empties_its_caches(monkeypatch):
    from gonghui_build import pagemap

    under = pagemap.WORKER_MEMORY_MB - 1
    assert _emptyings(monkeypatch, under, chunks=4) == []


def test_a_worker_that_cannot_read_its_memory_empties_its_caches_every_few_chunks(
    monkeypatch,
):
    assert _emptyings(monkeypatch, None, chunks=7) == [3, 6]


def test_gonghui_build_says_which_variable_is_wrong_instead_of_a_traceback(tmp_path):
    from click.testing import CliRunner

    from gonghui.cli import main
    from gonghui_build.pagemap import WORKER_MEMORY_ENV

    result = CliRunner().invoke(
        main,
        ["build", "--input", str(SEEDS), "--output", str(tmp_path / "out"), "--jobs", "2"],
        env={WORKER_MEMORY_ENV: "lots"},
    )
    assert result.exit_code == 1
    assert f"{WORKER_MEMORY_ENV}='lots'" in result.output
    assert not (tmp_path / "out").exists()
