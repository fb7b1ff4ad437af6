"""Whether two pieces of text read on across the seam between them.

A line broken in the middle of a word leaves half of the word on each side of the seam
(``…全区女职`` | ``工工作会议``): a dictionary word read across the seam is the evidence
that the second piece continues the first. Shared by the continuations printed away from
their paragraph (:mod:`paragraphs`) and the columns a text layer prints on alternate
lines (:mod:`interleave`).
"""

from __future__ import annotations

from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk


def seam_frequency(left: str, right: str) -> int:
    """Frequency of the best dictionary word read across the seam ``left|right``."""
    best = 0
    for k in range(1, 4):
        for m in range(1, 4):
            if not (2 <= k + m <= 4):
                continue
            word = left[-k:] + right[:m]
            if len(word) == k + m and all(is_cjk(c) for c in word):
                best = max(best, tokenizer.frequency(word))
    return best
