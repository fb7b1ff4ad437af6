"""What the scorers count with: precision, recall and F1 over sets (:class:`PRF`), the
share of items right (:class:`Rate`), and the normal form texts are compared in (the gold
may copy a half-width page or a page in traditional characters; the build normalises
both)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from gonghui_build.text.script import to_simplified

_PUNCT = str.maketrans(
    {
        ",": "，",
        ":": "：",
        ";": "；",
        "?": "？",
        "!": "！",
        "(": "（",
        ")": "）",
        '"': "“",
        "”": "“",
        "'": "‘",
        "’": "‘",
    }
)


def _norm(text: Any) -> str:
    """Whitespace removed, punctuation in one width, quotes in one direction, characters
    in their simplified form (the gold may copy a half-width page or a traditional one as
    printed; the build normalises both)."""
    if text is None:
        return ""
    return to_simplified(re.sub(r"\s+", "", str(text)).translate(_PUNCT))


#: The score of nothing counted: not a perfect score (a test that compares it with a
#: floor fails, as it should when a set holds nothing to count).
NOTHING = math.nan


def _show(value: float, width: int) -> str:
    return "n/a".rjust(width) if math.isnan(value) else f"{value:{width}.3f}"


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Items counted: found or expected."""
        return self.tp + self.fp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else NOTHING

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else NOTHING

    @property
    def f1(self) -> float:
        if not self.total:
            return NOTHING
        p, r = self.precision, self.recall
        if math.isnan(p) or math.isnan(r) or not p + r:
            return 0.0  # something expected and nothing right, or the reverse
        return 2 * p * r / (p + r)

    def add_sets(self, gold: set, found: set, label: str = "") -> None:
        self.tp += len(gold & found)
        self.fn += len(gold - found)
        self.fp += len(found - gold)
        self.misses += [f"{label}{x}" for x in sorted(map(str, gold - found))]
        self.extras += [f"{label}{x}" for x in sorted(map(str, found - gold))]


@dataclass
class Rate:
    """The share of items right; with ``shows_wrong`` the share of items wrong (a place
    given where the gold gives none: lower is better)."""

    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)
    shows_wrong: bool = False

    @property
    def value(self) -> float:
        if not self.total:
            return NOTHING
        right = self.total - self.right if self.shows_wrong else self.right
        return right / self.total

    def add(self, ok: bool, label: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.wrong.append(label)
