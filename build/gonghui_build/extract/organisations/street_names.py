"""Names of streets and villages that jieba reads as no name, right before their level
word (街道, 镇, 乡, 村): a compass point and a numeral (东四|街道, 西四|街道: jieba tags
东四 a time word, as it tags 周四) and a name ending in the locative 里 (堡子|里|街道,
堡子|里|村: jieba cuts 里 off as 'inside'). There the word is the place's own name, not
the sentence's, and the walk left from a union's suffix goes on through it. The compass
points and the locatives are reference data (``org_suffixes.yaml`` street_compass_points,
street_locatives, with their sources). So is a community's or a village's name printed
between its street or town and its level word (鲁谷街道|重聚|园|社区: any words, a verb
too, ``communities_of_a_street``). Read by :mod:`.walk`."""

from __future__ import annotations

from gonghui_build.extract.organisations.names import words
from gonghui_build.extract.organisations.stops import dictionary_verb
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.numbers import CN_NUMERAL
from gonghui_build.text.tokenizer import Token

#: Parts of speech of the word a locative 里 closes into a place's name (堡子/n, 和平/nz).
_NOUN_TAGS = ("n", "ns", "nz", "nr", "j")


def _level_after(tokens: list[Token], j: int) -> bool:
    """A street's, a town's or a village's level word right after ``tokens[j]``."""
    if j + 1 >= len(tokens) or tokens[j + 1].start != tokens[j].end:
        return False
    after = tokens[j + 1].word
    return after in words("place_suffixes") or after in words("village_endings")


def _compass_and_numeral(word: str) -> bool:
    """东四, 西四: a compass point and a Chinese numeral, an old quarter's name."""
    return len(word) == 2 and word[0] in words("street_compass_points") and word[1] in CN_NUMERAL


def _closes_a_noun(tokens: list[Token], j: int) -> bool:
    """堡子|里: a locative right after a noun it is glued to (no word of the language:
    jieba would have read 城里, 家里 as one word), closing a place's name."""
    if j == 0 or tokens[j].word not in words("street_locatives"):
        return False
    before = tokens[j - 1]
    return before.end == tokens[j].start and before.tag.startswith(_NOUN_TAGS)


#: The longest name of a community or a village between its street and its level word.
_MAX_COMMUNITY = 4


def community_name_word(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` opens the name of a community or a village printed right
    after its street or town (某街道|重聚|园|社区工会, 某镇|红|光|村): the words between the
    street's level word and the community's, four characters at most, are the name."""
    if j == 0 or tokens[j - 1].word not in words("place_suffixes"):
        return False
    if tokens[j - 1].end != tokens[j].start:
        return False
    for k in range(j, len(tokens)):
        tok = tokens[k]
        if tok.start - tokens[j].start >= _MAX_COMMUNITY or tok.word in words("left_stops"):
            return False
        if tok.word in words("communities_of_a_street") and k > j:
            return True
        if k + 1 < len(tokens) and tokens[k + 1].start != tok.end:
            return False
        if not all(is_cjk(c) for c in tok.word) or _verb_of_the_sentence(tok.word):
            return False
    return False


#: How often jieba's dictionary may have seen a verb a community's name holds (重聚, 3):
#: the verbs a sentence puts after a street (走访, 看望: hundreds) are far commoner.
_RARE_VERB = 100


def _verb_of_the_sentence(word: str) -> bool:
    """石湖街道|走访|社区工会: a verb of the language after a street is what the street
    did; a community's name holds a verb only where jieba coins one from it (重聚|园)."""
    return dictionary_verb(word, _RARE_VERB)


def _rare_verb_opening_an_item(tokens: list[Token], j: int) -> bool:
    """劝业|街道党工委 after 、 or at a sentence's start: a verb jieba's dictionary has
    rarely seen (劝业, 16 times) that opens a list's item or a sentence right before a
    street's level word is the street's name; nothing before it in the item is there
    for it to be said of, and a verb of the sentence is a common one (走访|街道)."""
    word = tokens[j].word
    if len(word) < 2 or not all(is_cjk(c) for c in word):
        return False
    if j > 0 and all(is_cjk(c) for c in tokens[j - 1].word):
        return False
    tag = tokenizer.dictionary_tag(word) or ""
    return tag.startswith("v") and tag != "vn" and not dictionary_verb(word, _RARE_VERB)


def misread_street_name(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]``, right before a street's, a town's or a village's level
    word, is the place's own name jieba misread (东四|街道, 堡子|里|村, 、劝业|街道)."""
    if not _level_after(tokens, j):
        return False
    word = tokens[j].word
    return (
        _compass_and_numeral(word)
        or _closes_a_noun(tokens, j)
        or _rare_verb_opening_an_item(tokens, j)
    )
