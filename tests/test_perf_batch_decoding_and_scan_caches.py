"""Reading pages faster without changing a result: the model's batch decoding finds the
path a plain one-sentence Viterbi finds, gazetteer scans are remembered by text and
emptied with the other caches, and the collector runs less often only while pages are
read."""

from __future__ import annotations

import gc
from types import SimpleNamespace

import numpy as np


def _plain_viterbi(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """One sentence, step by step, the first best previous tag on a tie."""
    score = list(emissions[0])
    back = []
    n = len(score)
    for row in emissions[1:]:
        step = []
        new = []
        for to in range(n):
            sums = [np.float32(score[f]) + transitions[f, to] for f in range(n)]
            best = int(np.argmax(sums))
            step.append(best)
            new.append(sums[best] + row[to])
        back.append(step)
        score = new
    path = [int(np.argmax(score))]
    for step in reversed(back):
        path.append(step[path[-1]])
    return path[::-1]


def test_batch_decoding_finds_the_path_of_a_plain_viterbi_for_each_sentence():
    from gonghui_build.text.ner.model import Model

    rng = np.random.default_rng(7)
    transitions = rng.normal(size=(5, 5)).astype(np.float32)
    # ties on purpose: rounded scores make several previous tags equally good
    emissions = np.round(rng.normal(size=(4, 6, 5)), 1).astype(np.float32)
    transitions = np.round(transitions, 1)
    fake = SimpleNamespace(
        transitions=transitions, transitions_to=np.ascontiguousarray(transitions.T)
    )
    paths = Model.viterbi(fake, emissions)
    assert paths.shape == (4, 6)
    for sentence, path in zip(emissions, paths, strict=True):
        assert path.tolist() == _plain_viterbi(sentence, transitions)


def test_a_one_character_batch_is_decoded_by_its_first_scores():
    from gonghui_build.text.ner.model import Model

    transitions = np.zeros((3, 3), dtype=np.float32)
    fake = SimpleNamespace(transitions=transitions, transitions_to=transitions.T.copy())
    emissions = np.array([[[0.1, 0.9, 0.0]], [[0.5, 0.0, 0.2]]], dtype=np.float32)
    assert Model.viterbi(fake, emissions).tolist() == [[1], [0]]


def test_places_and_bodies_of_a_text_are_remembered_until_the_caches_are_emptied():
    from gonghui_build.text import gazetteer, places
    from gonghui_build.text.caches import clear_text_caches

    text = "海淀区总工会在北京市举办职工运动会"
    first = places.find_places(text)
    assert [m.text for m in first] == ["海淀区", "北京市"]
    assert places.find_places(text) is first
    bodies = gazetteer.find_bodies(text)
    assert gazetteer.find_bodies(text) is bodies
    clear_text_caches()
    assert places.find_places.cache_info().currsize == 0
    assert gazetteer.find_bodies.cache_info().currsize == 0
    assert places.find_places(text) == first


def test_collections_are_rarer_only_while_pages_are_read():
    from gonghui_build import pagemap

    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with pagemap._fewer_collections():
        assert gc.get_threshold()[0] == pagemap.READING_GC_THRESHOLD
        assert gc.get_threshold()[1:] == before[1:]
        assert gc.get_freeze_count() > frozen
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_reading_no_page_in_this_process_freezes_nothing():
    from gonghui_build import pagemap

    assert list(pagemap._in_process([])) == []
    assert gc.get_freeze_count() == 0
