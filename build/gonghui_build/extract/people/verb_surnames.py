"""Surnames jieba reads as verbs: the Hui families' 摆, 拜 and 撒 of the north-west
(``surnames.yaml`` ambiguous), printed after a union's title before a given name that is
an ordinary word (县总工会主席摆国庆介绍, 副主席拜建国出席). Kept apart from
:mod:`.name_length`, which asks it when a name after a title is also a word.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.text import places, tokenizer
from gonghui_build.text.names import TITLED_WORD_MAX_FREQ
from gonghui_build.text.tokenizer import tag_tokens, token_at

#: Jieba's tags of a given name of two characters that a surname read as a verb opens
#: (主席摆|国庆/t, 副主席拜|建国/ns, 主席撒|向阳/nr, 主席冒|建华/nz): a personal name, a
#: place name, a time word or another proper noun, which jieba gives the given names that
#: are words of history or wishes; never a common noun (主席来|基层/n 调研: the title's
#: verb and its object).
_GIVEN_AFTER_VERB_TAGS = frozenset({"nr", "nrt", "ns", "nz", "t"})
#: The surname of ``surnames.yaml`` ambiguous that is a verb of going: a place jieba
#: tags ns after it is the holder's destination (主席来西北调研), whatever its size,
#: not a given name (拜建国/ns after 拜, which goes nowhere, is one).
_GOING = frozenset({"来"})


def verb_read_surname(text: str, pos: int) -> bool:
    """主席摆国庆介绍, 副主席拜建国出席: a surname far more often a word (``surnames.yaml``
    ambiguous, as the Hui families' 摆, 拜, 撒) that jieba reads alone as a verb, before a
    given name of two characters it tags a name, a place, a time or another proper noun;
    the caller asks for a title before it and a word that follows names after it. A
    division's name after the verb (主席来|宁夏 调研) is where the title's holder goes, no
    given name; one jieba tags a proper noun, not a place (冒|建华/nz), is a given name."""
    tokens = tag_tokens(text)
    first = token_at(tokens, pos)
    if first is None or len(first.word) != 1 or first.tag != "v":
        return False
    if first.word not in lexicon.surnames().ambiguous:
        return False
    given = token_at(tokens, pos + 1)
    if given is None or len(given.word) != 2:
        return False
    if given.tag == "t" and tokenizer.frequency(given.word) >= TITLED_WORD_MAX_FREQ:
        return False  # 主席来|今年: a time word of every day (国庆 is a rarer one, a name)
    if given.tag == "ns" and first.word in _GOING:
        return False  # 主席来|西北 调研, 主席来|中国 访问: where the holder goes
    if given.tag == "nz":
        return True  # 主席冒|建华: a proper noun jieba knows as no place (建华区 aside)
    return given.tag in _GIVEN_AFTER_VERB_TAGS and not places.names_division(given.word)
