"""Worker processes that keep what they read: emptying their caches when they outgrow
their memory budget changes no result, and a forked process's model reads as the
model it was forked from."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import page_results, seed_pages


def test_workers_that_empty_their_caches_after_every_chunk_read_as_one_process(monkeypatch):
    from gonghui_build import pagemap

    pages = seed_pages()
    serial = page_results(pagemap.map_pages(pages, lambda _p: None, jobs=1))
    # a budget of nothing: every worker empties its caches after each chunk (of one page)
    monkeypatch.setattr(pagemap, "WORKER_MEMORY_MB", 0)
    emptied = page_results(pagemap.map_pages(pages, lambda _p: None, jobs=2))
    assert emptied == serial


def test_a_page_read_again_after_the_caches_are_emptied_gives_the_same_result():
    from gonghui_build.perpage import read_page
    from gonghui_build.text import tokenizer
    from gonghui_build.text.caches import clear_text_caches
    from gonghui_build.text.ner import model

    page = seed_pages()[0].load()
    first = page_results([read_page(page)])
    assert model._cache and tokenizer._tag_tokens.cache_info().currsize
    clear_text_caches()
    assert not model._cache and tokenizer._tag_tokens.cache_info().currsize == 0
    assert all(w.cache_info().currsize == 0 for w in tokenizer.pos_tokenizer().remembered)
    assert page_results([read_page(page)]) == first


def test_a_forked_process_makes_its_own_session_and_shares_the_tables(tmp_path: Path):
    from gonghui_build.text.ner import model

    sentences = ["区总工会召开劳模座谈会", "张伟主持会议并讲话"]
    here = model.model()
    expected = here.tag_batch(sentences[:1]) + here.tag_batch(sentences[1:])
    out = tmp_path / "child"
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            child = model.model()
            same = (
                child is not here
                and child.session is not here.session
                and child.vocab is here.vocab
                and child.tag_batch(sentences[:1]) + child.tag_batch(sentences[1:]) == expected
            )
            out.write_text("yes" if same else "no")
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    assert out.read_text() == "yes"
