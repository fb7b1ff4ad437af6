"""A Han name opening a clause right before a meeting's act (``people.yaml``
acts_after_an_opening_name): ``会上，某某代表公司致辞``, ``某立新作工作报告``,
``某春林在会上讲话``. Reports of meetings name the speakers so, with no title before
them when the article gave the titles earlier or gives none; the model often reads no
person there: it reads the name and 代表 as one body (某某代表|公司), or the name's
given characters as words (常立|新作). The act after the name and the clause's start
before it bound the name on both sides; its length is where the act begins.

Seen on real meeting reports read in s49 (people40: a prefecture's model workers'
forum, a skills contest's closing, a union congress); the tuning sets print no such
name the build missed.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.text import tokenizer
from gonghui_build.text.clauses import CLAUSE_PUNCT
from gonghui_build.text.names import (
    AMBIGUOUS_GIVEN_MAX_FREQ,
    is_common_word,
    is_name_after_title,
    is_plausible_name,
    split_name,
)
from gonghui_build.text.tokenizer import Token, token_at
from gonghui_build.vocabulary import MentionSource

#: Confidence of a name read so: no title vouches for it, the act after it does.
OPENING_ACT = 0.7
#: The catalog's source of a name its clause's predicate reads (某某表示, 某某代表…).
_SOURCE = MentionSource.speech_verb
#: The lengths of a Han name read here, the longer first.
_LENGTHS = (3, 2)


def _opens_a_clause(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] in CLAUSE_PUNCT


def _act_at(text: str, at: int) -> bool:
    return lexicon.words("people.yaml", "acts_after_an_opening_name").starting(text, at) is not None


def _word_starts_at(pos: int, tokens: list[Token]) -> bool:
    """A word of jieba's starts at ``pos``: none runs from before it into the name."""
    first = token_at(tokens, pos)
    return first is not None and first.start == pos


#: jieba's tags (their first letter) of a function word or a numeral: a character read
#: so opens or holds no name here (后|由|代表, 和|大家|作…).
_FUNCTION_TAGS = frozenset("pcurm")


def _worded_surname_name(name: str, pos: int, end: int, tokens: list[Token]) -> bool:
    """连海波, 常立新, 满军: a name whose surname is far more often a word (``surnames.yaml``
    ambiguous), which :func:`is_plausible_name` refuses where its given name is a word
    too, read as a name after a title is (:func:`is_name_after_title`: no frequent word,
    no word opening it) where jieba reads none of its characters as a function word or
    a numeral (后|由代表 is 'then by the delegates')."""
    if name[0] not in lexicon.surnames().ambiguous or is_common_word(name):
        return False  # 劳模代表, 来宾代表: a word of the dictionary, no name
    inside = [t for t in tokens if pos <= t.start < end]
    if any(t.tag[:1] in _FUNCTION_TAGS for t in inside):
        return False
    return is_name_after_title(name, surname_stands_alone=True)


def name_before_an_act(text: str, pos: int, tokens: list[Token]) -> int | None:
    """The end of a plausible Han name of two or three characters opening a clause at
    ``pos`` of ``text`` right before a meeting's act, or None."""
    if not _opens_a_clause(text, pos) or not _word_starts_at(pos, tokens):
        return None
    for size in _LENGTHS:
        end = pos + size
        name = text[pos:end]
        if len(name) < size or not _act_at(text, end) or split_name(name) is None:
            continue
        if tokenizer.frequency(name) >= AMBIGUOUS_GIVEN_MAX_FREQ:
            return None  # 熊猫, 红领巾: a word jieba's dictionary knows well, though tagged a name
        # 劳模代表, 来宾代表, 双方代表: a word (is_plausible_name refuses it) and the act
        plausible = is_plausible_name(name, strong_context=True)
        return end if plausible or _worded_surname_name(name, pos, end, tokens) else None
    return None


def names_before_acts(text: str, tokens: list[Token]) -> list[NameHit]:
    """The names that open a clause of ``text`` before a meeting's act."""
    hits: list[NameHit] = []
    for pos in range(len(text) - 2):
        end = name_before_an_act(text, pos, tokens)
        if end is not None:
            hits.append(NameHit(text[pos:end], pos, end, _SOURCE, OPENING_ACT, ()))
    return hits
