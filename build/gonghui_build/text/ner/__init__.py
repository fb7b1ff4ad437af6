"""Words, parts of speech and named entities from Baidu's LAC model, with offsets.

Every function is pure: the same text gives the same words (the model runs with fixed
threads on the CPU; see ``model``). Offsets are into the text given: for every word
``text[w.start:w.end] == w.text``. Tags are LAC's: ``PER`` ``ORG`` ``LOC`` ``TIME`` for
entities, and the part-of-speech tags of ``TAG_NAMES``. Entities may contain spaces
(LAC reads ``庄 振国`` as one person); run it on repaired text where there is one.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from gonghui_build.text.ner.model import MAX_BATCH, model_info, tag_sentences
from gonghui_build.text.ner.sentences import split_sentences, trimmed
from gonghui_build.text.tokenizer import TEXTS_CACHED

__all__ = [
    "ENTITY_TAGS",
    "MODEL_PERSON_TAGS",
    "TAG_NAMES",
    "Word",
    "entities",
    "model_info",
    "split_sentences",
    "words",
    "words_many",
]

ENTITY_TAGS = frozenset({"PER", "ORG", "LOC", "TIME"})
#: The tag of a person's name alone, for :func:`entities`.
MODEL_PERSON_TAGS = frozenset({"PER"})
#: LAC's tag set (from the model's tag table; ``O`` is given to a few unreadable chars).
TAG_NAMES = {
    "PER": "person", "LOC": "place", "ORG": "organisation", "TIME": "time",
    "n": "noun", "nz": "other proper noun", "nw": "work title",
    "v": "verb", "vd": "verb as adverb", "vn": "verb as noun",
    "a": "adjective", "ad": "adjective as adverb", "an": "adjective as noun",
    "d": "adverb", "f": "locality", "r": "pronoun", "s": "place word", "t": "time word",
    "m": "numeral", "q": "classifier", "p": "preposition", "c": "conjunction",
    "u": "particle", "xc": "other function word", "w": "punctuation", "O": "other",
}  # fmt: skip


@dataclass(frozen=True)
class Word:
    text: str
    tag: str
    start: int
    end: int

    @property
    def is_entity(self) -> bool:
        return self.tag in ENTITY_TAGS


def _words_of(text: str, sentences: Sequence[tuple[int, int]], tagged: Sequence) -> tuple:
    return tuple(
        Word(text[s + a : s + b], tag, s + a, s + b)
        for (s, _), words in zip(sentences, tagged, strict=True)
        for a, b, tag in words
    )


def words_many(texts: Sequence[str], max_batch: int = MAX_BATCH) -> list[tuple[Word, ...]]:
    """The words of each text; all their sentences go to the model together, in batches
    of sentences of one length (the result is the same for any ``max_batch``)."""
    spans = [split_sentences(t) for t in texts]
    sentences = [t[a:b] for t, sp in zip(texts, spans, strict=True) for a, b in sp]
    tagged = iter(tag_sentences(sentences, max_batch))
    return [
        _words_of(t, sp, [next(tagged) for _ in sp]) for t, sp in zip(texts, spans, strict=True)
    ]


@functools.lru_cache(maxsize=TEXTS_CACHED)
def words(text: str) -> tuple[Word, ...]:
    """The model's words of ``text``: they tile each sentence (whitespace between
    sentences belongs to no word). Remembered by text: several rules read one text."""
    return words_many([text])[0]


def _trim(text: str, w: Word) -> Word | None:
    start, end = trimmed(text, w.start, w.end)
    return Word(text[start:end], w.tag, start, end) if start < end else None


def entities(text: str, tags: frozenset[str] = ENTITY_TAGS) -> tuple[Word, ...]:
    """The model's PER / ORG / LOC / TIME spans, whitespace at their ends left out."""
    found = (_trim(text, w) for w in words(text) if w.tag in tags)
    return tuple(w for w in found if w is not None)
