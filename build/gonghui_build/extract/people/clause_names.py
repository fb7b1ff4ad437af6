"""Names right after an occupation that the name rules of :mod:`.occupations` leave,
because no word that follows names closes them:

* a name that opens a clause (:func:`name_opening_a_clause`): ``叉车司机某东升把货物
  送上车``, ``装卸工某永清正和工友们卸货``, ``保安某立新讨论起来``: the occupation is the
  clause's subject's description, the name the subject, and the verb, adverb or
  preposition after it (讨论, 正, 把) opens the predicate;
* a name whose surname is far more often a word (:func:`name_of_a_worded_surname`):
  ``操作工车某新率先发言``, ``司炉工易某才也收到``: jieba reads the surname as a word of its
  own and the given name as a rarer word, and a word that follows names closes it.

Both are read only after an occupation that names a trade (the caller's check), where a
person is what comes next; elsewhere the same strings are an ordinary clause.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.name_length import follows_name
from gonghui_build.text.names import (
    NAME_TAGS,
    TITLED_WORD_MAX_FREQ,
    is_common_word,
    is_name_after_title,
    is_plausible_name,
)
from gonghui_build.text.tokenizer import Token, frequency, token_at

#: jieba's tags (their first letter) of the word after a name that opens the clause's
#: predicate: a verb (讨论), an adverb (正, 率先), a preposition (把, 向).
_PREDICATE_OPENERS = frozenset("vdp")
#: jieba's tags (their first letter) of a one-character word that is no surname read
#: alone: a function word (和/c, 向/p, 都/d, 了/u, 他/r, 一/m) or a verb (花/v).
_NO_SURNAME_TAGS = frozenset("pcdurmvq")
#: … of those, the function words: a verb or a measure word (练/v, 代/q) before a given
#: name jieba tags as a personal name (长青/nr, 红霞/nr) is a surname read as a word.
_FUNCTION_WORD_TAGS = frozenset("pcdurm")


def name_opening_a_clause(text: str, pos: int, tokens: list[Token]) -> str | None:
    """The name of three characters at ``pos`` that jieba reads as a surname alone and a
    given name of two characters as one word (向|东升, 甘|立新, 祝|永清), which a verb, an
    adverb or a preposition follows as a word of its own (把, 正, 讨论): a plausible name
    that is no ordinary word. A name jieba reads whole (保安|张贴|通知, 保安|向东走|去) or
    a given name it reads as two words (骑手|边|送|边|聊) is no such clause's subject."""
    at = {t.start: t for t in tokens}
    surname = at.get(pos)
    given = at.get(pos + 1)
    if surname is None or given is None or len(surname.word) != 1 or len(given.word) != 2:
        return None
    after = at.get(given.end)
    if after is None or after.tag[:1] not in _PREDICATE_OPENERS:
        return None
    name = text[pos : given.end]
    if is_common_word(name) or not is_plausible_name(name, strong_context=True):
        return None
    return name


def name_of_a_worded_surname(text: str, pos: int, tokens: list[Token]) -> str | None:
    """``车|立新|率先``, ``易|成才|也``: a surname far more often a word (``surnames.yaml``
    ambiguous) that jieba reads alone and not as a function word or a verb (a verb or a
    measure word only where jieba tags the given name a personal name: 木工|练|某青/nr,
    木工|代|某霞/nr), a given name of two characters jieba reads as one rarer word
    (below ``TITLED_WORD_MAX_FREQ``, as a name that is a word after a named body's
    title), and a word that follows names after them."""
    first = token_at(tokens, pos)
    if first is None or len(first.word) != 1 or first.word not in lexicon.surnames().ambiguous:
        return None
    given = token_at(tokens, first.end)
    named = given is not None and given.tag in NAME_TAGS  # 木工|代|红霞/nr: a second reader
    if first.tag[:1] in (_FUNCTION_WORD_TAGS if named else _NO_SURNAME_TAGS):
        return None
    if given is None or len(given.word) != 2 or frequency(given.word) >= TITLED_WORD_MAX_FREQ:
        return None
    name = first.word + given.word
    if not follows_name(text[given.end : given.end + 4]):
        return None
    return name if is_name_after_title(name, surname_stands_alone=True) else None
