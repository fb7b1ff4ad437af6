"""The caches of texts already read (words, tags, lines' kinds), emptied together.

A worker process of ``--jobs`` keeps them for the whole build: the pages of an archive
repeat sentences, bylines and furniture, and a worker that remembers them reads the next
pages faster. When a worker has grown past its memory budget
(``pagemap.WORKER_MEMORY_MB``) it empties them here instead of being replaced by a fresh
fork, which lost the same caches and also made its model session and compiled the rules'
patterns again. Every cache is a function of its text alone: emptying one never changes
a result, only the time the next page takes.
"""

from __future__ import annotations

import gc

__all__ = ["clear_text_caches"]


def clear_text_caches() -> None:
    """Empty every cache of texts read, and collect what they held."""
    from gonghui_build.layout import blocks, furniture
    from gonghui_build.text import gazetteer, ner, numbers, places, script, tokenizer
    from gonghui_build.text.ner import model

    for cached in (
        tokenizer._tag_tokens,
        tokenizer._cut,
        tokenizer._word_bounds,
        ner.words,
        furniture.furniture_kind,
        blocks._whole_unit,
        script._char,
        numbers.chinese_to_int,
        places.find_places,
        gazetteer.find_bodies,
    ):
        cached.cache_clear()
    tokenizer.clear_remembered()
    model.clear_cache()
    gc.collect()
