"""Speed of the LAC model alone, and how its words and tags compare with jieba's posseg.

    python benchmarks/bench_ner.py [PAGES_DIR ...] [--repeat N] [--limit CHARS]

Times are CPU seconds of this process (``time.process_time``; the model runs on one
thread), so that other work on a shared machine does not count. For each folder of
pages (default: seeds), on the sentences of its pages (split as the model reads them):

- characters per second of the model on the distinct sentences, one sentence per call
  and in batches of sentences of one length (cache cleared before each run; best of N
  runs), and of a second, cached pass;
- the same for jieba's ``posseg`` (the build's ``tag_tokens``) and plain ``jieba.cut``;
- agreement of LAC's words, tags mapped to jieba's (``text.ner.postags``), with posseg:
  word boundaries (F1 over word spans) and, on the words both cut alike, the share
  whose tags agree, per jieba tag group.

Pages of the benchmark corpus: ``python3 ../shared/bench/gen_corpus.py --out corpus
--sizes 100``, then ``python benchmarks/bench_ner.py seeds corpus/p100``. The tests never
assert on time.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from gonghui_build.pages import read_pages
from gonghui_build.text import ner
from gonghui_build.text.ner import model as lac
from gonghui_build.text.ner.postags import jieba_tag
from gonghui_build.text.tokenizer import tag_tokens, tokenizer

#: jieba tags grouped as the build's rules test them.
GROUPS = {
    "name": ("nr", "nrfg", "nrt"),
    "place": ("ns",),
    "organisation": ("nt",),
    "proper": ("nz", "j", "eng"),
    "verb": ("v", "vd"),
    "verbal noun": ("vn",),
    "noun": ("n", "ng"),
    "time": ("t", "tg"),
    "number/classifier": ("m", "q", "mq"),
    "particle": ("uj", "ul", "uz", "ug", "uv", "ud", "u"),
    "function": ("p", "c", "r", "d", "f"),
    "punctuation": ("x",),
}
GROUP_OF = {tag: group for group, tags in GROUPS.items() for tag in tags}


def sentences_of(folder: Path, limit: int | None) -> list[str]:
    out: list[str] = []
    for page in read_pages(folder):
        out += [page.text[a:b] for a, b in ner.split_sentences(page.text)]
        if limit and sum(map(len, out)) >= limit:
            break
    return out


def best(fn: Callable[[], object], repeat: int, before: Callable[[], object] = lambda: None):
    """The least CPU time of ``repeat`` runs of ``fn`` (``before`` runs untimed first)."""
    times = []
    for _ in range(repeat):
        before()
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def speeds(corpus: list[str], repeat: int) -> list[tuple[str, float]]:
    """Characters a second on the distinct sentences (the corpus repeats some), and of
    the batched model on the whole corpus, where a repeated sentence is read once."""
    sentences = list(dict.fromkeys(corpus))
    chars = sum(map(len, sentences))
    lac.model()  # load the session outside the timings
    tokenizer()
    rows = [
        ("LAC, one sentence a call", lambda: lac.tag_sentences(sentences, max_batch=1)),
        ("LAC, batches of one length", lambda: lac.tag_sentences(sentences)),
    ]
    out = [(label, chars / best(fn, repeat, lac.clear_cache)) for label, fn in rows]
    whole = best(lambda: lac.tag_sentences(corpus), repeat, lac.clear_cache)
    out.append(("LAC, batches, repeats read once (per corpus char)", sum(map(len, corpus)) / whole))
    lac.tag_sentences(sentences)
    out.append(("LAC, cached", chars / best(lambda: lac.tag_sentences(sentences), repeat)))
    m = lac.model()
    by_length = lac.buckets(sentences)
    emissions = [m.emissions(b) for b in by_length]
    t_enc = best(lambda: [m.emissions(b) for b in by_length], repeat)
    t_vit = best(lambda: [m.viterbi(e) for e in emissions], repeat)
    out.append(("  of which the encoder (batched)", chars / t_enc))
    out.append(("  of which the Viterbi decoding (batched)", chars / t_vit))
    out.append(
        (
            "jieba posseg (tag_tokens)",
            chars / best(lambda: list(map(tag_tokens, sentences)), repeat),
        )
    )
    out.append(
        (
            "jieba cut (no tags)",
            chars / best(lambda: [list(tokenizer().cut(s)) for s in sentences], repeat),
        )
    )
    return out


def agreement(sentences: list[str]) -> tuple[float, dict[str, tuple[int, float]]]:
    """(word-boundary F1, per jieba group: (words cut alike, share with the same tag))."""
    same_span = lac_spans = jieba_spans = 0
    agree: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for s, lac_words in zip(sentences, ner.words_many(sentences), strict=True):
        mine = {(w.start, w.end): jieba_tag(w) for w in lac_words if not w.text.isspace()}
        theirs = {(t.start, t.end): t.tag for t in tag_tokens(s) if not t.word.isspace()}
        lac_spans += len(mine)
        jieba_spans += len(theirs)
        for span, tag in theirs.items():
            if span in mine:
                same_span += 1
                group = GROUP_OF.get(tag, "other")
                total[group] += 1
                agree[group] += GROUP_OF.get(mine[span], "other") == group
    p, r = same_span / lac_spans, same_span / jieba_spans
    return 2 * p * r / (p + r), {g: (total[g], agree[g] / total[g]) for g in sorted(total)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", type=Path, default=[Path("seeds")])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="stop after this many chars")
    args = parser.parse_args()
    for folder in args.pages:
        sentences = sentences_of(folder, args.limit)
        chars = sum(map(len, sentences))
        distinct = len(set(sentences))
        print(
            f"\n## {folder}: {chars:,} characters, {len(sentences):,} sentences "
            f"({distinct:,} distinct, {len(lac.buckets(sentences)):,} batches)"
        )
        print("| reader | characters / s |\n|---|---:|")
        for label, rate in speeds(sentences, args.repeat):
            print(f"| {label} | {rate:,.0f} |")
        f1, groups = agreement(sentences)
        print(f"\nLAC vs posseg, word boundaries F1 {f1:.3f}; same tag on words cut alike:")
        print("| jieba group | words | same tag |\n|---|---:|---:|")
        for group, (n, share) in groups.items():
            print(f"| {group} | {n:,} | {share:.3f} |")


if __name__ == "__main__":
    main()
