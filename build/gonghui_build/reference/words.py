"""Word lists of the reference files, and a count of which entries ever matched.

Rules read reference words only through :class:`Words`: membership, a word at a place,
a word anywhere, a regex of them. Each time a word matches, the list notes it, so that
after a build :func:`unused` can say which entries never did — as zavod's
``debug_lookups`` does for OpenSanctions' lookups. An entry that never matches on any
page is either dead or waiting for pages that need it: the report is for review, the
build never depends on it. (The record of hits is the one piece of process state of the
rules; a build run in several processes would gather it from each.)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

_hits: set[tuple[str, str]] = set()
_consulted: set[str] = set()
#: Lists read whole (compiled into a pattern, kept in a cache): read for as long as the
#: process runs.
_compiled: set[str] = set()


def alternation(words: Iterable[str]) -> str:
    """Regex alternation, longest first so that 常务副 wins over 副."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def note(key: str, word: str) -> None:
    """Record that ``word`` of the list ``key`` matched."""
    _hits.add((key, word))


def reset() -> None:
    """Forget every match (at the start of a build)."""
    _hits.clear()
    _consulted.clear()


def matched() -> frozenset[tuple[str, str]]:
    return frozenset(_hits)


def compiled() -> frozenset[str]:
    """The lists this process has read whole so far (the warm-up's among them)."""
    return frozenset(_compiled)


#: What one piece of work read of the lists: (list, word) matched, lists consulted.
Usage = tuple[frozenset[tuple[str, str]], frozenset[str]]


def recording(work: Callable[[], T], keep: bool = True) -> tuple[T, Usage]:
    """``work()`` and the matches and lists it noted (also noted as usual, unless not
    ``keep``): a page read in a worker process or taken from the cache reports its own
    usage."""
    global _hits, _consulted
    outer = (_hits, _consulted)
    compiled_before = frozenset(_compiled)
    _hits, _consulted = set(), set()
    try:
        result = work()
    finally:
        # a list first compiled by this work counts as consulted by it: a worker process
        # compiles its own patterns, which the building process would otherwise never know
        usage = (frozenset(_hits), frozenset(_consulted | (_compiled - compiled_before)))
        _hits, _consulted = outer
    if keep:
        add_usage(usage)
    return result, usage


def add_usage(usage: Usage) -> None:
    """Note what a piece of work read elsewhere (:func:`recording`)."""
    _hits.update(usage[0])
    _consulted.update(usage[1])


class Words:
    """A reference word list, longest word first (ties keep the file's order).

    ``key`` names it in reports: ``activities.yaml: verbs``.
    """

    def __init__(self, key: str, words: Iterable[str]):
        self.key = key
        unique = list(dict.fromkeys(words))
        self._words: tuple[str, ...] = tuple(sorted(unique, key=len, reverse=True))
        self._set = frozenset(self._words)
        #: The words' lengths, longest first: a word at a place is found by looking up the
        #: text there at each length (at most one word of a length can be there), not by
        #: trying every word (a list of hundreds of words, asked 400,000 times in 100 pages).
        self._lengths: tuple[int, ...] = tuple(sorted({len(w) for w in unique}, reverse=True))

    def __repr__(self) -> str:
        return f"Words({self.key!r}, {len(self._words)} words)"

    @property
    def words(self) -> tuple[str, ...]:
        """The words, longest first; reading them counts as consulting the list for as
        long as the process runs (a rule may keep what it made of them in a cache)."""
        _consulted.add(self.key)
        _compiled.add(self.key)
        return self._words

    def _read_whole(self) -> None:
        """Count the list as read whole, as :attr:`words` does (the usage report of a
        lookup is the same as when it scanned every word)."""
        _consulted.add(self.key)
        _compiled.add(self.key)

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self._words)

    def __contains__(self, word: object) -> bool:
        _consulted.add(self.key)
        if word in self._set:
            note(self.key, word)  # type: ignore[arg-type]
            return True
        return False

    def quietly(self) -> frozenset[str]:
        """The words, counted neither as matched nor as consulted: for a cheap bound that
        decides nothing itself, ahead of the rule that reads the list (the usage report
        stays what the rule made it)."""
        return self._set

    def found(self, word: str) -> str:
        """Note a word matched by other means (a regex built from the list)."""
        _consulted.add(self.key)
        note(self.key, word)
        return word

    def note_in(self, text: str | None) -> None:
        """Note the words of the list that a match of a regex built from it holds."""
        _consulted.add(self.key)
        for w in self._words:
            if text and w in text:
                note(self.key, w)

    def in_text(self, text: str) -> str | None:
        """The first word (longest first) that occurs anywhere in ``text``."""
        _consulted.add(self.key)
        for w in self.words:
            if w in text:
                return self.found(w)
        return None

    def last_in(self, text: str) -> tuple[int, str] | None:
        """Where the last of the list's words in ``text`` starts, and that word (the
        longest of those starting there), or None if none is in it. Not noted as matched:
        the caller says which word it read (:meth:`note_in`)."""
        places = [(text.rfind(w), w) for w in self.words]
        last = max((at for at, _ in places), default=-1)
        return None if last < 0 else next((at, w) for at, w in places if at == last)

    def starting(self, text: str, pos: int = 0) -> str | None:
        """The word ``text`` has at ``pos``, longest first (as ``text.startswith(w,
        pos)`` tried on each word in turn)."""
        self._read_whole()
        size = len(text)
        start = max(0, pos + size) if pos < 0 else pos
        if start > size:
            return None
        for length in self._lengths:
            if start + length <= size and (w := text[start : start + length]) in self._set:
                return self.found(w)
        return None

    def ending(self, text: str, end: int | None = None) -> str | None:
        """The word ``text`` ends with (before ``end``), longest first (as
        ``text.endswith(w, 0, end)`` tried on each word in turn)."""
        self._read_whole()
        size = len(text)
        stop = size if end is None else min(size, max(0, end + size) if end < 0 else end)
        for length in self._lengths:
            if length <= stop and (w := text[stop - length : stop]) in self._set:
                return self.found(w)
        return None

    @functools.cached_property
    def pattern(self) -> str:
        """The list as a regex alternation (no group), longest first. A pattern built
        from it should note its matches (:meth:`found`, :meth:`note_in`)."""
        _compiled.add(self.key)
        return alternation(self._words)

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    def finditer(self, text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match[str]]:
        """Every word in ``text[lo:hi]``, left to right, not overlapping."""
        _consulted.add(self.key)
        for m in self.regex.finditer(text, lo, len(text) if hi is None else hi):
            self.found(m.group(0))
            yield m


def unused(lists: Iterable[Words]) -> dict[str, list[str]]:
    """Per list the rules consulted, the words that never matched since the last
    :func:`reset`."""
    out: dict[str, list[str]] = {}
    for words in lists:
        never = [w for w in words._words if (words.key, w) not in _hits]
        if never and words.key in _consulted | _compiled:
            out[words.key] = sorted(never)
    return out


def unread(lists: Iterable[Words]) -> list[str]:
    """The lists no rule consulted since the last :func:`reset` (dead entries, or a
    stage that reads the file without the loader's word lists)."""
    return sorted({w.key for w in lists} - _consulted - _compiled)
