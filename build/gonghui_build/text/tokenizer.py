"""A private jieba tokenizer for the build.

``jieba.add_word`` and friends change jieba's global tokenizer; the build never touches
it. Everything goes through the ``Tokenizer`` made here, so that importing the build, or
running it twice, leaves no state behind in other users of jieba.
"""

from __future__ import annotations

import functools
import logging
import sys
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import jieba

from gonghui_build.text.clauses import in_spans, quoted_spans

if TYPE_CHECKING:
    import jieba.posseg

    from gonghui_build.reference.words import Words

jieba.setLogLevel(logging.WARNING)


#: Texts whose words are remembered: each text is segmented once, however many
#: rules read it (jieba's part-of-speech HMM is most of the build's time otherwise).
TEXTS_CACHED = 4_096


@functools.cache
def tokenizer() -> jieba.Tokenizer:
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


@functools.cache
def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    """jieba's part-of-speech tokenizer, its two costly steps remembered by their input:
    the words of a run of Chinese between punctuation (``__cut_DAG``) and the HMM's
    reading of a run of characters the dictionary does not know (``__cut_detail``, most
    of the build's time otherwise). Each is a function of its string alone, so the words
    are jieba's; a clause, a name or an unknown word read again (the same paragraph read
    by several rules, part of it read alone, a name in every article) is not read twice.

    ``jieba.posseg`` is imported here, not at the top: importing it loads its
    part-of-speech model (about 45 MB), which a build that reads no page (a rebuild
    from the page cache) never uses."""
    tok = _new_pos_tokenizer()
    remembered = []
    for step in ("_POSTokenizer__cut_DAG", "_POSTokenizer__cut_detail"):
        words = _remembered(getattr(tok, step))
        remembered.append(words)
        setattr(tok, step, _as_pairs(words))
    tok.remembered = tuple(remembered)  # its caches live and go with the tokenizer
    return tok


def _new_pos_tokenizer() -> jieba.posseg.POSTokenizer:
    """A ``POSTokenizer`` of the build's own tokenizer. Importing ``jieba.posseg`` reads
    the dictionary's tags for jieba's global tokenizer (0.3–0.4 s); when this import is the
    process's first and that tokenizer reads the build's dictionary, its tags are those
    just read from the same file, untouched by anyone, and are copied instead of read a
    second time. A process that imported ``jieba.posseg`` before (where a user's
    ``add_word`` may since have reached the global table) reads them from the file."""
    first = "jieba.posseg" not in sys.modules
    import jieba.posseg

    own = tokenizer()
    shared = jieba.posseg.dt
    if not (first and shared.tokenizer is jieba.dt and jieba.dt.dictionary == own.dictionary):
        return jieba.posseg.POSTokenizer(own)
    tok = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    tok.tokenizer = own
    tok.word_tag_tab = dict(shared.word_tag_tab)  # what POSTokenizer(own) would read
    return tok


def _remembered(step):
    """jieba's step (a generator of ``pair`` words) as words and tags remembered by its
    string argument."""

    @functools.lru_cache(maxsize=4 * TEXTS_CACHED)
    def words(sentence: str) -> tuple[tuple[str, str], ...]:
        return tuple((p.word, p.flag) for p in step(sentence))

    return words


def _as_pairs(words):
    from jieba.posseg import pair

    return lambda sentence: (pair(w, f) for w, f in words(sentence))


def clear_remembered() -> None:
    """Empty the part-of-speech tokenizer's caches (the tokenizer itself is kept); none
    when no tokenizer has been made (or it was let go)."""
    if pos_tokenizer.cache_info().currsize:
        for words in pos_tokenizer().remembered:
            words.cache_clear()


@dataclass(frozen=True)
class Token:
    word: str
    tag: str
    start: int
    end: int


def is_verb_tag(tag: str) -> bool:
    """A verb's part-of-speech tag, not a verb used as a noun (``vn``: 培训, 服务)."""
    return tag.startswith("v") and not tag.startswith("vn")


def tag_tokens(text: str) -> list[Token]:
    """Words of ``text`` with their part-of-speech tag and offsets (HMM on for names)."""
    return list(_tag_tokens(text))


def token_at(tokens: Sequence[Token], start: int) -> Token | None:
    """The token that starts at ``start`` (tokens in text order), if any: found by bisection."""
    k = bisect_left(tokens, start, key=lambda t: t.start)
    return tokens[k] if k < len(tokens) and tokens[k].start == start else None


#: The numeral zero written as a circle (〇, U+3007), outside the range of characters
#: jieba reads as Chinese, so it tags it as a symbol (x) and every reader of numerals
#: (一〇三团, 第一〇一次) stopped at it; it is a numeral (《现代汉语词典》: 〇, 数字, 零).
_CIRCLE_ZERO = "〇"


@functools.lru_cache(maxsize=TEXTS_CACHED)
def _tag_tokens(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    pos = 0
    for pair in pos_tokenizer().cut(text):
        tag = "m" if pair.word.strip(_CIRCLE_ZERO) == "" else pair.flag
        out.append(Token(pair.word, tag, pos, pos + len(pair.word)))
        pos += len(pair.word)
    return tuple(out)


def cut(text: str) -> list[str]:
    return list(_cut(text))


@functools.lru_cache(maxsize=TEXTS_CACHED)
def _cut(text: str) -> tuple[str, ...]:
    return tuple(tokenizer().cut(text))


def word_bounds(text: str) -> frozenset[int]:
    """Offsets of ``text`` where a word of jieba's segmentation starts or ends."""
    return _word_bounds(text)


@functools.lru_cache(maxsize=TEXTS_CACHED)
def _word_bounds(text: str) -> frozenset[int]:
    bounds, pos = {0}, 0
    for word in _cut(text):
        pos += len(word)
        bounds.add(pos)
    return frozenset(bounds)


def word_in(text: str, lo: int, hi: int, words: Iterable[str]) -> str | None:
    """The first of ``words`` that stands in ``text[lo:hi]`` as a word of its own,
    outside quotations: 要 in 要积极开展, not in 要求 or 重要. The region is cut into
    words only once one of ``words`` is found in it outside quotations (most regions
    hold none: cutting every region was about 8 % of reading a page)."""
    region = text[lo:hi]
    quoted = quoted_spans(region)
    bounds: frozenset[int] | None = None
    for w in words:
        for start in occurrences(region, w):
            if in_spans(start, quoted):
                continue
            bounds = word_bounds(region) if bounds is None else bounds
            if start in bounds and (len(w) > 1 or start + len(w) in bounds):
                return w
    return None


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, left to right, not overlapping (as
    ``re.finditer(re.escape(word), text)``, without building a pattern per word)."""
    start = text.find(word) if word else -1
    while start >= 0:
        yield start
        start = text.find(word, start + len(word))


def has_word(text: str, lo: int, hi: int, words: Words) -> bool:
    """Whether a word of the reference list ``words`` stands in ``text[lo:hi]`` as a
    word of its own (:func:`word_in`); the match is noted in the list."""
    found = word_in(text, lo, hi, words)
    if found is not None:
        words.found(found)
    return found is not None


def frequency(word: str) -> int:
    """How often jieba's dictionary has seen ``word`` (0 when it is not a word)."""
    return tokenizer().FREQ.get(word, 0) or 0


def dictionary_tag(word: str) -> str | None:
    """The part of speech jieba's dictionary gives ``word``, if it is in the dictionary."""
    return pos_tokenizer().word_tag_tab.get(word)
