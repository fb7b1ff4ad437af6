"""Two columns a text layer printed on alternate lines, read apart.

Some text layers print a two-column page line by line across both columns, one
column's line after the other's: line 1 of the left column, line 1 of the right, line 2
of the left… Read in order, every line break jumps between two texts. The evidence is in
the seams: where a column's line breaks inside a word (``…召开全区女职`` | ``工工作会议``),
the word is read across the seam to the line *after next*, and not to the next line. On
a run of six or more lines of running text (none ending a sentence counted), three such
seams or more, and three times as many as seams that read on to the next line, show the
two columns; they are then read one after the other (the even lines, then the odd
ones), each seam recorded as a ``column_deinterleaved`` repair like any columns read
apart. A text hard-wrapped in one column reads on to the next line, and is left as it is.
"""

from __future__ import annotations

import re

from gonghui_build.layout.lines import trimmed
from gonghui_build.layout.seams import seam_frequency
from gonghui_build.text.chars import CJK, ends_sentence

_HAN_RE = re.compile(CJK)
#: Fewest lines of a run.
MIN_LINES = 6
#: Share of the Chinese of the run's fullest line a line must hold to open the run (a short
#: heading over the columns is no line of theirs).
FULL_SHARE = 0.7
#: Fewest seams read across to the line after next, and how many times as many as seams
#: read on to the next line they must be.
MIN_SKIPS = 3
SKIP_RATIO = 3
#: Least frequency of the word read across a seam.
SEAM_WORD_MIN_FREQ = 20


def _candidates(text: str, spans: list[tuple[int, int]], taken: set[int]) -> list[list[int]]:
    """Runs of consecutive physical lines holding Chinese (no blank line between them)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for k, (start, end) in enumerate(spans):
        left, right = trimmed(text, start, end)
        if k not in taken and right > left and _HAN_RE.search(text, left, right):
            run.append(k)
            continue
        runs.append(run)
        run = []
    runs.append(run)
    return [run for run in runs if len(run) >= MIN_LINES]


def _alternates(lines: list[str]) -> bool:
    skips = nexts = 0
    for k in range(len(lines) - 2):
        if ends_sentence(lines[k]):
            continue
        to_next = seam_frequency(lines[k], lines[k + 1]) >= SEAM_WORD_MIN_FREQ
        to_after = seam_frequency(lines[k], lines[k + 2]) >= SEAM_WORD_MIN_FREQ
        skips += to_after and not to_next
        nexts += to_next and not to_after
    return skips >= MIN_SKIPS and skips >= SKIP_RATIO * nexts


def find_alternating_runs(
    text: str, spans: list[tuple[int, int]], taken: set[int]
) -> list[tuple[int, int]]:
    """Runs (first and last physical line) of two columns printed on alternate lines."""
    out = []
    for run in _candidates(text, spans, taken):
        lines = [text[slice(*trimmed(text, *spans[k]))] for k in run]
        sizes = [len(line) - len(_HAN_RE.sub("", line)) for line in lines]  # Chinese in each
        lead = next((k for k, n in enumerate(sizes) if n >= max(sizes) * FULL_SHARE), 0)
        if len(lines) - lead >= MIN_LINES and _alternates(lines[lead:]):
            out.append((run[lead], run[-1]))
    return out
