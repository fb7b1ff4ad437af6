"""A coal mine named by one word of the language (石门煤矿, 运通煤矿, 光明煤矿), visited or
named at a clause's head: mines take their names from a place, a hill or a wish (《煤矿
安全规程》 names each mine as its own 煤矿), and jieba reads such a name as a common noun
(石门/n, 光明/n) or a verbal noun (运通/vn, 胜利/vn), so the name held no particular word
and the mine was lost, and with it the post of its head.

Read only where the one word, two characters, is glued to 煤矿 and opens the object of a
verb or a preposition (来到|石门煤矿, 到|运通煤矿) or a clause; not a word that says what
kind of mine it is (``mine_kinds``: 井工煤矿, 重点煤矿, 智慧煤矿), nor a generic body."""

from __future__ import annotations

from gonghui_build.extract.organisations.names import words
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.text.tokenizer import Token

#: Parts of speech of a common or verbal noun as jieba tags it (石门/n, 运通/vn).
_NOUN_TAGS = frozenset({"n", "vn"})
#: Parts of speech of what a name opens after: a verb (来到), a preposition (到/p, 在), the
#: aspect particle 了, a conjunction joining list items (和), punctuation (x).
_OPENING_TAGS = frozenset({"v", "p", "ul", "c", "x"})


def word_named_mine(span: OrgSpan, inside: list[Token], tokens: list[Token]) -> bool:
    """Whether ``span`` is a mine named by one noun (石门|煤矿) opening a verb's or a
    preposition's object or a clause."""
    if span.suffix not in words("word_named_mine_suffixes") or len(inside) != 1:
        return False
    word = inside[0]
    if len(word.word) != 2 or word.tag not in _NOUN_TAGS or word.start != span.start:
        return False
    kinds = (words("mine_kinds"), words("section_kinds"), words("generic_bodies"))
    if any(word.word in k for k in kinds):
        return False
    before = next((t for t in reversed(tokens) if t.end <= word.start), None)
    return before is None or before.end != word.start or before.tag in _OPENING_TAGS
