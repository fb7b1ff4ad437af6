"""Garbled-text detection: runs that do not read as Chinese.

When the OCR reads across two columns it repeats fragments of lines it has already
read (``不断开创首都工会大制，不断开创首都工会大部员``). Natural prose repeats too
(``学习贯彻十九大精神上作表率。要把学习贯彻十九大精神与``), but whole words: the OCR's
repeats start or end *inside* a word. Two signals, then:

* ``repeat`` — a fragment of five or more characters printed twice within a short
  distance, where one occurrence does not start and end on jieba's word boundaries
  (or that is printed three times, or one of a cluster of close repeats; parallel
  phrasing repeats whole words, once in a while);
* ``doubled`` — a particle or punctuation mark printed twice (``的的``, ``，，``).

A third signal comes from the layout: ``interleaved`` — a line whose text a wide gap
parts in two, perhaps two columns read across without the evidence to read them apart
(``layout/interleave.py``). A flagged run is widened to the clause around it.
Paragraphs are never dropped: they carry a quality score, and facts read from a run are
marked low-confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import cjk_count

#: Shortest repeated fragment considered.
REPEAT_MIN = 5
#: Most characters between the two occurrences of a repeated fragment. The OCR's
#: repeats follow within a line's width; parallel phrasing in prose sits further apart.
REPEAT_GAP = 12
#: Two close repeats starting within this many characters of each other are a cluster.
REPEAT_CLUSTER = 40
#: Doubled particles and punctuation that Chinese never prints.
DOUBLED_RE = re.compile(r"的的|[，,]{2}|。。|、、|；；")
_CLAUSE_END = "，。；！？、：,;!?:“”‘’"


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    score: float
    signals: tuple[str, ...]


def _word_boundaries(text: str) -> set[int]:
    """Offsets where a word may end: jieba's cuts, and the seams of compounds that are
    two dictionary words (工会干部 = 工会 + 干部)."""
    bounds = {0}
    pos = 0
    for word in tokenizer.cut(text):
        for k in range(2, len(word) - 1):
            if tokenizer.frequency(word[:k]) and tokenizer.frequency(word[k:]):
                bounds.add(pos + k)
        pos += len(word)
        bounds.add(pos)
    return bounds


def _repeats(text: str) -> list[tuple[int, int]]:
    """Spans covering both occurrences of each maximal, misaligned, close repeat."""
    bounds = _word_boundaries(text)
    found: set[tuple[int, int]] = set()
    close: list[tuple[int, int]] = []  # every close repeat, suspicious or not
    n = len(text)
    seen: dict[str, list[int]] = {}
    for i in range(n - REPEAT_MIN + 1):
        chunk = text[i : i + REPEAT_MIN]
        for j in seen.get(chunk, []):
            # extend the pair of occurrences (j…, i…) to a maximal repeat
            left = 0
            while j - left - 1 >= 0 and text[j - left - 1] == text[i - left - 1]:
                left += 1
            if left:
                continue  # the pair starting earlier covers it
            size = REPEAT_MIN
            while i + size < n and j + size < i and text[j + size] == text[i + size]:
                size += 1
            gap = i - (j + size)
            if not 0 <= gap <= REPEAT_GAP or cjk_count(text[j : j + size]) < REPEAT_MIN - 1:
                continue
            aligned = all(s in bounds and s + size in bounds for s in (i, j))
            fragment = text[j : j + size]
            third = text.find(fragment, i + size, i + 2 * size + REPEAT_GAP)
            span = (j, (third + size) if third >= 0 else i + size)
            close.append(span)
            if not aligned or third >= 0:
                found.add(span)
        seen.setdefault(chunk, []).append(i)
    # several close repeats in a short stretch: columns read across, even when each
    # repeat happens to fall on word boundaries
    for a in close:
        if any(b != a and abs(b[0] - a[0]) <= REPEAT_CLUSTER for b in close):
            found.add(a)
    return sorted(found)


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to the clause(s) it lies in."""
    while start > 0 and text[start - 1] not in _CLAUSE_END:
        start -= 1
    while end < len(text) and text[end - 1] not in _CLAUSE_END:
        end += 1
    return start, end


def garbled_runs(text: str) -> list[Run]:
    """Runs of ``text`` that do not read as Chinese, widened to clauses and merged."""
    spans: list[tuple[int, int, str]] = []
    for start, end in _repeats(text):
        spans.append((*_widen(text, start, end), "repeat"))
    for match in DOUBLED_RE.finditer(text):
        spans.append((*_widen(text, match.start(), match.end()), "doubled"))
    spans.sort()
    merged: list[tuple[int, int, list[str]]] = []
    for start, end, signal in spans:
        if merged and start <= merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), [*last[2], signal])
        else:
            merged.append((start, end, [signal]))
    runs = []
    for start, end, signals in merged:
        # strip punctuation at the edges so the run starts and ends on text
        while start < end and text[start] in _CLAUSE_END:
            start += 1
        while end > start and text[end - 1] in _CLAUSE_END:
            end -= 1
        if end > start:
            score = min(1.0, 0.5 + 0.1 * len(signals))
            runs.append(Run(start, end, round(score, 2), tuple(sorted(set(signals)))))
    return runs


def quality(text: str, runs: list[Run]) -> float:
    """Share of ``text`` outside garbled runs."""
    if not text:
        return 1.0
    bad = sum(r.end - r.start for r in runs)
    return round(max(0.0, 1 - bad / len(text)), 3)


#: How unreadable a line read across two columns is taken to be.
INTERLEAVED_SCORE = 0.6


def paragraph_runs(paragraph: Paragraph, suspects: tuple[tuple[int, int], ...]) -> list[Run]:
    """Garbled runs of a paragraph: from its text, and from lines of the page the layout
    could not read apart (``suspects``, page spans)."""
    runs = garbled_runs(paragraph.text)
    to_page = paragraph.cleaned.to_page
    for start, end in suspects:
        inside = [k for k, offset in enumerate(to_page) if start <= offset < end]
        if inside:
            runs.append(Run(inside[0], inside[-1] + 1, INTERLEAVED_SCORE, ("interleaved",)))
    runs.sort(key=lambda r: r.start)
    merged: list[Run] = []
    for run in runs:
        if merged and run.start < merged[-1].end:
            last = merged[-1]
            signals = tuple(sorted(set(last.signals) | set(run.signals)))
            merged[-1] = Run(
                last.start, max(last.end, run.end), max(last.score, run.score), signals
            )
        else:
            merged.append(run)
    return merged
