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
from bisect import bisect_right
from dataclasses import dataclass

from jieba import re_han_default

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
#: Farthest back (characters) an earlier occurrence of a chunk is compared: a fragment
#: repeated within a line's width, a line being at most this long.
REPEAT_REACH = 200
#: Most earlier occurrences of one chunk compared (text that repeats a short period
#: over and over is flagged by the nearest ones already).
REPEAT_CANDIDATES = 8
#: Doubled particles and punctuation that Chinese never prints.
DOUBLED_RE = re.compile(r"的的|[，,]{2}|。。|、、|；；")
_CLAUSE_END = "，。；！？、：,;!?:“”‘’"


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    score: float
    signals: tuple[str, ...]


class _WordBoundaries:
    """Offsets where a word may end: jieba's cuts, and the seams of compounds that are two
    dictionary words (工会干部 = 工会 + 干部).

    jieba cuts each run of Chinese characters, letters and digits on its own (and every
    other character alone), so the run around an offset is cut only when the offset is
    asked about: the answer is the one cutting the whole text gives, at the cost of the
    runs where repeats are found.
    """

    def __init__(self, text: str):
        self.text = text
        self.runs = [(m.start(), m.end()) for m in re_han_default.finditer(text)]
        self.cut: dict[int, set[int]] = {}

    def __contains__(self, offset: object) -> bool:
        if not isinstance(offset, int):
            return False
        k = bisect_right(self.runs, offset, key=lambda run: run[0]) - 1
        if k < 0 or offset >= self.runs[k][1] or offset == self.runs[k][0]:
            return self.text[offset - 1 : offset + 1] != "\r\n" or offset == 0
        if k not in self.cut:
            self.cut[k] = _cut_run(self.text, *self.runs[k])
        return offset in self.cut[k]


def _cut_run(text: str, start: int, end: int) -> set[int]:
    bounds = set()
    pos = start
    for word in tokenizer.cut(text[start:end]):
        for k in range(2, len(word) - 1):
            if tokenizer.frequency(word[:k]) and tokenizer.frequency(word[k:]):
                bounds.add(pos + k)
        pos += len(word)
        bounds.add(pos)
    return bounds


def _repeats(text: str) -> list[tuple[int, int]]:
    """Spans covering both occurrences of each maximal, misaligned, close repeat.

    Linear in the text: each five-character chunk is compared with its last few earlier
    occurrences only (a close repeat follows within ``REPEAT_GAP`` of the fragment it
    repeats, so an occurrence further back than ``REPEAT_REACH`` cannot pair with it),
    and a pair is extended only from where it starts (one comparison tells whether the
    pair one character earlier covers it).
    """
    chunks = [text[i : i + REPEAT_MIN] for i in range(len(text) - REPEAT_MIN + 1)]
    if len(set(chunks)) == len(chunks):
        return []  # no five characters printed twice: no repeat (most paragraphs)
    bounds = _WordBoundaries(text)
    found: set[tuple[int, int]] = set()
    close: list[tuple[int, int]] = []  # every close repeat, suspicious or not
    last: dict[str, int] = {}  # each chunk → where it was last seen
    earlier: dict[str, list[int]] = {}  # chunks seen more than once → where, in order
    for i, chunk in enumerate(chunks):
        j = last.get(chunk)
        last[chunk] = i
        if j is None:
            continue
        if i - j > REPEAT_REACH:
            earlier.pop(chunk, None)  # every earlier occurrence is out of reach
            continue
        seen = earlier.get(chunk) or [j]
        for j in reversed(seen):
            if i - j > REPEAT_REACH:
                break
            if j and text[j - 1] == text[i - 1]:
                continue  # the pair starting one character earlier covers it
            span = _close_repeat(text, j, i, bounds)
            if span is not None:
                close.append(span[0])
                if span[1]:
                    found.add(span[0])
        earlier[chunk] = [*seen[1 - REPEAT_CANDIDATES :], i]
    found.update(_clustered(close))
    return sorted(found)


def _close_repeat(
    text: str, j: int, i: int, bounds: _WordBoundaries
) -> tuple[tuple[int, int], bool] | None:
    """The pair of occurrences (j…, i…) extended to a maximal repeat, if it is close: its
    span and whether it is suspicious (misaligned with words, or printed a third time)."""
    n = len(text)
    size = REPEAT_MIN
    while i + size < n and j + size < i and text[j + size] == text[i + size]:
        size += 1
    gap = i - (j + size)
    if not 0 <= gap <= REPEAT_GAP or cjk_count(text[j : j + size]) < REPEAT_MIN - 1:
        return None
    aligned = all(s in bounds and s + size in bounds for s in (i, j))
    fragment = text[j : j + size]
    third = text.find(fragment, i + size, i + 2 * size + REPEAT_GAP)
    span = (j, (third + size) if third >= 0 else i + size)
    return span, not aligned or third >= 0


def _clustered(close: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Close repeats with another starting within ``REPEAT_CLUSTER`` characters: columns
    read across, even when each repeat happens to fall on word boundaries."""
    spans = sorted(set(close))
    out: set[tuple[int, int]] = set()
    for k, span in enumerate(spans):
        near = (k and span[0] - spans[k - 1][0] <= REPEAT_CLUSTER) or (
            k + 1 < len(spans) and spans[k + 1][0] - span[0] <= REPEAT_CLUSTER
        )
        if near:
            out.add(span)
    return out


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
    for start, end in _overlapping(paragraph.pieces, suspects):
        inside = to_page.text_span(start, end)
        if inside:
            runs.append(Run(*inside, INTERLEAVED_SCORE, ("interleaved",)))
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


def _overlapping(
    pieces: tuple[tuple[int, int], ...], suspects: tuple[tuple[int, int], ...]
) -> list[tuple[int, int]]:
    """The suspect spans (in page order, one line each) that overlap the paragraph's
    pieces, found by bisection: the work does not grow with the page's other lines."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in pieces:
        k = bisect_right(suspects, p_start, key=lambda span: span[1])
        while k < len(suspects) and suspects[k][0] < p_end:
            if suspects[k] not in out:
                out.append(suspects[k])
            k += 1
    return sorted(out)
