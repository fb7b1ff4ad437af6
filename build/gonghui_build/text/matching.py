"""Fixed strings found in a text, leftmost and longest first (a dictionary scan).

For gazetteers of a few thousand names (places, organisations): a regular expression
alternation of them is slow to build and to run; looking up, at each position, only
the lengths that names starting with that character have is fast and simple.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Matcher(Generic[T]):
    """Finds the keys of ``forms`` in a text; each hit carries the key's value."""

    forms: Mapping[str, T]
    _lengths: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lengths: dict[str, set[int]] = {}
        for form in self.forms:
            if form:
                lengths.setdefault(form[0], set()).add(len(form))
        by_first = {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()}
        object.__setattr__(self, "_lengths", by_first)

    def find(self, text: str) -> list[tuple[int, int, T]]:
        """(start, end, value) of each form found, never overlapping."""
        out: list[tuple[int, int, T]] = []
        i = 0
        while i < len(text):
            for n in self._lengths.get(text[i], ()):
                form = text[i : i + n]
                if len(form) == n and form in self.forms:  # not cut short by the end
                    out.append((i, i + n, self.forms[form]))
                    i += n
                    break
            else:
                i += 1
        return out
