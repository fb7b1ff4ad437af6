"""LAC's words as jieba ``posseg`` tokens: the tag table between the two tag sets.

The build's rules test jieba's (ICTCLAS-style) tags: names ``nr nrfg nrt``, proper
nouns ``ns nt nz j eng``, verbs ``v vn``, numerals and time ``m t q``, function words
``p c u* r d x y e o``. LAC's tag set is close to it (both come from the PKU/ICTCLAS
tradition); where jieba is finer, the word settles the tag.

| LAC | jieba | note |
|---|---|---|
| PER | nr | jieba also has nrfg / nrt (foreign, transliterated): LAC does not split them |
| LOC | ns | |
| ORG | nt | LAC's ORG is a whole name (东城区总工会); jieba's nt is a dictionary word |
| TIME | t | LAC's TIME is a whole expression (2018年5月28日) |
| nz | nz (eng for Latin letters) | jieba's j (abbreviation, 全总) has no LAC tag: nz or ORG |
| nw | nz | a work title (工会法); jieba has no such tag |
| n v vn vd a ad an d f r s t m q p c | the same | |
| u | uj 的, ul 了, uz 着, ug 过, uv 地, ud 得, else u | |
| xc | x for symbols, y for modal particles, else e | |
| w, O | x | punctuation, whitespace, unreadable characters |
| (none) | i l j g ng vg ag tg zg y e o | idioms, set phrases, morphemes: LAC gives n / v / a |
"""

from __future__ import annotations

import re

from gonghui_build.text.ner import Word, words
from gonghui_build.text.tokenizer import Token

LAC_TO_JIEBA = {
    "PER": "nr", "LOC": "ns", "ORG": "nt", "TIME": "t", "nz": "nz", "nw": "nz",
    "n": "n", "v": "v", "vn": "vn", "vd": "vd", "a": "a", "ad": "ad", "an": "an",
    "d": "d", "f": "f", "r": "r", "s": "s", "t": "t", "m": "m", "q": "q", "p": "p",
    "c": "c", "u": "u", "xc": "e", "w": "x", "O": "x",
}  # fmt: skip
#: jieba's particle tags, by the particle.
PARTICLES = {"的": "uj", "了": "ul", "着": "uz", "过": "ug", "地": "uv", "得": "ud"}
MODAL_PARTICLES = frozenset("吗呢吧啊呀嘛哦哈啦")
_LATIN = re.compile(r"[A-Za-z]+")
_SYMBOLS = re.compile(r"[^\w]+")


def jieba_tag(word: Word) -> str:
    """The jieba tag for one of LAC's words."""
    tag = LAC_TO_JIEBA.get(word.tag, "x")
    if word.tag == "u":
        return PARTICLES.get(word.text, "u")
    if word.tag == "xc":
        if _SYMBOLS.fullmatch(word.text):
            return "x"
        return "y" if word.text in MODAL_PARTICLES else "e"
    if word.tag in ("nz", "n") and _LATIN.fullmatch(word.text):
        return "eng"
    return tag


def jieba_tokens(text: str) -> list[Token]:
    """``tokenizer.tag_tokens`` read by LAC: the same Token records, jieba's tags."""
    return [Token(w.text, jieba_tag(w), w.start, w.end) for w in words(text)]
