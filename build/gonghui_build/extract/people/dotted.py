"""Transliterated names read from the text alone where a name must start: right after a
title, an occupation or an honour (副主席阿不都热合曼·依明看望…). The model misreads some
of these names whole (阿不|都|热合曼…, a first part it takes for words), and the name
rules read only Han, Mongolian, Tibetan and Yi names; the middle dot and the words after
the last part settle such a name's length without the model."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.transliterated import transliterated_end
from gonghui_build.extract.people.yi_names import follows_name
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import NAME_DOTS

#: The longest first part read (阿不都沙拉木, 古再丽努尔) and the longest last part (the
#: longest parts of the transliteration tables, as :mod:`.transliterated` reads them).
_FIRST_PART_MAX, _LAST_PART_MAX = 6, 6
#: Particles of aspect after a verb that opens the predicate (走访了).
_ASPECT = frozenset("了着过")


def dotted_name_end(text: str, pos: int) -> int | None:
    """The end of a name of two parts joined by a middle dot starting at ``pos``: a first
    part of two to six Chinese characters in which no word that follows names opens
    (主席李明陪同热依拉·… is two people, not one name) and no title stands, and a last
    part closed by a verb of jieba's that opens the predicate (…·阿不力孜|走访慰问), by a
    word that follows names or by punctuation (its end then set as the model's span's
    is: :func:`.transliterated.transliterated_end`). A third part (…·…·…) or a last part
    nothing closes leaves the name to the model."""
    dot = _first_dot(text, pos)
    if dot is None:
        return None
    predicates = _predicate_verbs(text, dot + 2)
    for end in range(dot + 2, min(len(text), dot + 1 + _LAST_PART_MAX) + 1):
        if not is_cjk(text[end - 1]):
            return None
        if end in predicates:
            return end
        if follows_name(text[end : end + 4]):
            return None if text[end : end + 1] in NAME_DOTS else transliterated_end(text, pos, end)
    return None


def _first_dot(text: str, pos: int) -> int | None:
    """The middle dot closing a first part at ``pos`` that may be one (see
    :func:`dotted_name_end`)."""
    reach = range(pos + 2, min(len(text), pos + _FIRST_PART_MAX + 1))
    dot = next((k for k in reach if text[k] in NAME_DOTS), None)
    if dot is None or not all(map(is_cjk, text[pos:dot])):
        return None
    if any(follows_name(text[k : k + 4]) for k in range(pos + 2, dot)):
        return None
    if lexicon.titles().regex.search(text, pos, dot):
        return None  # 律师|事务所律师热依拉·…: a title inside, the name starts after it
    return dot


def _predicate_verbs(text: str, lo: int) -> frozenset[int]:
    """Where a verb of two characters or more opens at ``lo`` or after, itself followed
    by punctuation, a word that follows names or a particle of aspect (走访|慰问, 走访|了):
    a predicate, not a verb jieba reads inside a transliterated part (热合|曼)."""
    return frozenset(
        t.start
        for t in tokenizer.tag_tokens(text)
        if t.start >= lo
        and len(t.word) > 1
        and t.tag[:1] == "v"
        and (follows_name(text[t.end : t.end + 4]) or text[t.end : t.end + 1] in _ASPECT)
    )
