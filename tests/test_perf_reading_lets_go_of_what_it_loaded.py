"""Once every page is read, a process that builds once (``let_go``: ``gonghui build``)
lets go of what reading loaded (the model's session and its sentences' tags, jieba's
dictionaries), whether the pages were read in it or by workers; while pages are still being
read it keeps them, a process that builds again and again keeps them, pages read after
letting go give the same results, and a build that lets go writes the same bytes."""

from __future__ import annotations

from tests.conftest import SEEDS, page_results, seed_pages


def _held() -> dict[str, int]:
    """What reading loaded that this process still holds."""
    from gonghui_build.text import tokenizer
    from gonghui_build.text.ner import model

    return {
        "models": len(model._models),
        "tags": len(model._cache),
        "jieba": tokenizer.tokenizer.cache_info().currsize,
        "jieba_pos": tokenizer.pos_tokenizer.cache_info().currsize,
    }


def test_pages_read_in_this_process_let_go_of_the_model_and_dictionaries_once_read():
    from gonghui_build import pagemap

    results = pagemap.map_pages(seed_pages(), lambda _p: None, jobs=1, let_go=True)
    first = next(results)
    # still reading: the model, jieba and the caches are held (the other pages need them)
    assert all(_held().values()), _held()
    rest = list(results)
    assert rest and first.page_id != rest[0].page_id
    assert not any(_held().values()), _held()


def test_pages_read_by_workers_leave_this_process_holding_no_model_or_dictionaries():
    from gonghui_build import pagemap

    results = list(pagemap.map_pages(seed_pages(), lambda _p: None, jobs=2, let_go=True))
    assert len(results) == len(seed_pages())
    assert not any(_held().values()), _held()


def test_pages_read_after_letting_go_give_the_samepage_results():
    from gonghui_build import pagemap

    pages = seed_pages()
    first = page_results(pagemap.map_pages(pages, lambda _p: None, jobs=1, let_go=True))
    assert not any(_held().values())
    again = page_results(pagemap.map_pages(pages, lambda _p: None, jobs=1, let_go=True))
    assert again == first


def test_a_process_that_builds_again_and_again_keeps_what_reading_loaded():
    from gonghui_build import pagemap

    list(pagemap.map_pages(seed_pages()[:2], lambda _p: None, jobs=1))
    held = _held()
    assert held["models"] == 1 and held["jieba_pos"] == 1 and held["tags"], held


def test_a_build_whose_pages_all_come_from_the_cache_loads_nothing_to_let_go(tmp_path):
    from gonghui_build import pagemap
    from gonghui_build.pagecache import PageCache

    pages = seed_pages()[:2]
    cache = PageCache(tmp_path / "cache")
    list(pagemap.map_pages(pages, lambda _p: None, jobs=1, cache=cache, let_go=True))
    cached = list(pagemap.map_pages(pages, lambda _p: None, jobs=1, cache=cache, let_go=True))
    assert cache.hits == 2 and len(cached) == 2
    assert _held()["models"] == 0 and _held()["jieba_pos"] == 0


def test_a_rebuild_that_lets_go_writes_every_file_of_a_build_that_keeps(tmp_path, monkeypatch):
    import shutil

    from gonghui_build.pipeline import BuildOptions, run

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages)
    cache = tmp_path / "cache"
    run(pages, tmp_path / "first", options=BuildOptions(cache_dir=cache, let_go=True))
    changed = sorted(pages.glob("*.txt"))[1]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text + "\n\n本报讯 区总工会近日为一线职工送去清凉用品。\n", encoding="utf-8")
    again = run(pages, tmp_path / "again", options=BuildOptions(cache_dir=cache, let_go=True))
    assert again.cached_pages == 4 and not any(_held().values())
    run(pages, tmp_path / "kept")  # no cache, keeps what it loaded
    names = sorted(p.name for p in (tmp_path / "kept").iterdir() if p.is_file())
    assert "gonghui.db" in names and "datapackage.json" in names
    for name in names:
        assert (tmp_path / "again" / name).read_bytes() == (
            tmp_path / "kept" / name
        ).read_bytes(), name
