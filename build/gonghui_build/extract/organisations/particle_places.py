"""A character after an aspect particle, glued to a level word, is no place: an OCR'd
gazetteer's ``县委副书记某某讲了话县总工会主席某某作了报告`` lost its full stop after the
verb, and jieba cut ``讲|了|话|县总工会``; the walk left from 总工会 kept 话 (a noun) and
read a county ``话县`` that no gazetteer holds (real_dev3: 讲了话县总工会 gave 话县总工会
for the county's own federation). The character closes the verb phrase (讲了话, 说了话,
走过场) and the name begins at the level word, a short form the article's place
completes. A one-character county the gazetteer knows (和县, 沛县) stays a county."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import words
from gonghui_build.text import places
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token

#: Parts of speech jieba gives the aspect particles 了, 着, 过 (and 的 of 得).
_PARTICLE_TAGS = ("ul", "uz", "ug", "ud")


def known_place(name: str) -> bool:
    """A division by its full name or short form, a Beijing county's former name (通县)
    or a renamed county's (户县, ``renamings.yaml``): a real place, whatever word is
    printed before it."""
    if places.lookup(name) or lexicon.places().district(name) is not None:
        return True
    return any(m.start == 0 and m.end == len(name) for m in places.find_places(name))


def stray_character_before_level(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]``, one character right after an aspect particle and right
    before a word that opens with a county's or a district's level word (话|县总工会),
    makes with that level word no place of China: the end of the sentence's verb
    phrase, no part of the name."""
    tok = tokens[j]
    if len(tok.word) != 1 or not is_cjk(tok.word) or j < 1 or j + 1 >= len(tokens):
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    if before.end != tok.start or after.start != tok.end or before.tag not in _PARTICLE_TAGS:
        return False
    level = after.word[:1]
    return level in words("district_markers") and not known_place(tok.word + level)
