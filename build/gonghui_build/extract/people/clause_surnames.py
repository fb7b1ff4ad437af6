"""A surname that is also a word, opening a clause before its given name (会上，和某平
宣读了…): the model reads the given name alone, leaving the surname as the word it
also is (和 'and'); :func:`surname_opening_a_clause` tells when the surname is the
name's. Seen on union meetings' reports, where a clause after 会上 or a date opens on the
person who speaks, reads or presides (s47, people37).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.text import tokenizer
from gonghui_build.text.clauses import SENTENCE_PART_END
from gonghui_build.text.tokenizer import token_at


def surname_opening_a_clause(text: str, start: int, end: int) -> bool:
    """会上，和|彦平宣读…: the model read ``text[start:end]``, two characters, and the
    character before is a surname far more often a word (``surnames.yaml`` ambiguous)
    that opens a clause (after punctuation ending a sentence or a part of one, or at the
    text's start); jieba reads the three as one personal name (和彦平/nr) and a word that
    follows names (``people.yaml`` name_followers: 宣读, 表示) comes right after. With
    the model's reading these are three signals; 和 as 'and' opening a clause
    (会上，和大家一起…) gives jieba no name of three and the model no given name."""
    if end - start != 2 or start < 1 or text[start - 1] not in lexicon.surnames().ambiguous:
        return False
    if start >= 2 and text[start - 2] not in SENTENCE_PART_END + "，,：:":
        return False
    whole = token_at(tokenizer.tag_tokens(text), start - 1)
    if whole is None or whole.start != start - 1 or whole.end != end or whole.tag != "nr":
        return False
    return lexicon.words("people.yaml", "name_followers").starting(text, end) is not None


#: Parts of speech of a one-character word that joins or points, not a surname's
#: (和 'and', 与 'with', 在 'at', 的): after an occupation they are the word they are.
_FUNCTION_TAGS = ("c", "p", "u", "d", "r", "m", "q", "f")


def surname_after_an_occupation(text: str, start: int, end: int) -> bool:
    """安全员|籍|海涛送上…: the model read ``text[start:end]``, a given name of two
    characters jieba reads as a name (海涛/nr), right after a surname that is also a word
    (``surnames.yaml`` ambiguous: 籍 'native place'), which jieba leaves a word of one
    character glued to an occupation before it (``people.yaml`` occupation_endings:
    安全员, 电焊工). An occupation is printed before a full name, so the character is the
    name's surname; a function word there (安全员和海涛: 'and') is not."""
    if end - start != 2 or start < 2 or text[start - 1] not in lexicon.surnames().ambiguous:
        return False
    tokens = tokenizer.tag_tokens(text)
    given, surname = token_at(tokens, start), token_at(tokens, start - 1)
    if given is None or (given.start, given.end, given.tag) != (start, end, "nr"):
        return False
    if surname is None or surname.start != start - 1 or surname.tag.startswith(_FUNCTION_TAGS):
        return False
    job = next((t for t in tokens if t.end == start - 1), None)
    if job is None or len(job.word) < 3:
        return False
    endings = lexicon.words("people.yaml", "occupation_endings")
    return endings.ending(job.word) is not None
