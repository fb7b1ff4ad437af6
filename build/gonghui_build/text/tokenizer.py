"""A private jieba tokenizer for the build.

``jieba.add_word`` and friends change jieba's global tokenizer; the build never touches
it. Everything goes through the ``Tokenizer`` made here, so that importing the build, or
running it twice, leaves no state behind in other users of jieba.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

import jieba
import jieba.posseg

jieba.setLogLevel(logging.WARNING)


@functools.cache
def tokenizer() -> jieba.Tokenizer:
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


@functools.cache
def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    return jieba.posseg.POSTokenizer(tokenizer())


@dataclass(frozen=True)
class Token:
    word: str
    tag: str
    start: int
    end: int


def tag_tokens(text: str) -> list[Token]:
    """Words of ``text`` with their part-of-speech tag and offsets (HMM on for names)."""
    out: list[Token] = []
    pos = 0
    for pair in pos_tokenizer().cut(text):
        out.append(Token(pair.word, pair.flag, pos, pos + len(pair.word)))
        pos += len(pair.word)
    return out


def cut(text: str) -> list[str]:
    return list(tokenizer().cut(text))


def frequency(word: str) -> int:
    """How often jieba's dictionary has seen ``word`` (0 when it is not a word)."""
    return tokenizer().FREQ.get(word, 0) or 0


def dictionary_tag(word: str) -> str | None:
    """The part of speech jieba's dictionary gives ``word``, if it is in the dictionary."""
    return pos_tokenizer().word_tag_tab.get(word)
