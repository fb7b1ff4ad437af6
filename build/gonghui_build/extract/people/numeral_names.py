"""A name opened by a surname that is a numeral (万千, 万一鸣), right after a titled post.

``市总工会副主席万千讲话``, ``公司工会主席万一鸣出席``: 万 is a common surname, but jieba
reads it with the characters after it as one numeral (万千/m, 万一/m), so no rule that
asks jieba for a surname standing alone or a name's tag reads the name. A number never
follows a person's post directly, though: the caller reads this only after the post of a
named body (:func:`.rules.titled_names` refuses a word-name after a generic title), and
here punctuation or a word of two characters or more that follows names (讲话, 出席)
must close it (万一|有事: the one-character 有 follows a word as well) and no given-name
character may be a counting unit or a function word (万余名, 万分: a number of something).
Seen as a lead of union pages' leaders with numeral names (s44, people31).

The same name opening a clause before a verb of saying (``…。万军表示，``) is refused by
the name shapes, which hold 万 an ambiguous surname and 军 too common a given name:
:func:`numeral_speaker` reads it there when no given-name character counts or is a
numeral and jieba knows the string as no word but a name (万里/m, 万众/n, 万达/nz stay
words). Seen as a lead of union pages' speakers (s45, people33).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import NAME_TAGS
from gonghui_build.text.numbers import CN_NUMERAL
from gonghui_build.text.tokenizer import dictionary_tag, frequency, tag_tokens, token_at

#: Counting units and words of amount after a numeral (万余名, 万多人, 万分): a number
#: of something, never a given name. After 《现代汉语八百词》 (吕叔湘, 1999), 量词.
_UNITS = frozenset("余多名人个位次户家元分件台套份场项吨亩米株只条张批斤年月天")
#: Sizes of a name so read: a surname and one or two given-name characters.
_SIZES = (3, 2)


def numeral_word_name(text: str, pos: int) -> str | None:
    """The name at ``pos`` (where a title ends) whose numeral surname jieba reads inside a
    numeral word; None where no such name stands there."""
    token = token_at(tag_tokens(text), pos)
    if token is None or token.tag != "m" or len(token.word) < 2:
        return None
    if text[pos] not in CN_NUMERAL or not lexicon.surnames().is_surname(text[pos]):
        return None
    stops = lexicon.words("people.yaml", "given_name_stops")
    for size in _SIZES:
        name = text[pos : pos + size]
        given = name[1:]
        if len(name) != size or token.end > pos + size or not all(map(is_cjk, given)):
            continue
        if any(ch in _UNITS or ch in stops for ch in given):
            continue
        if _closed_at(text, pos + size):
            return name
    return None


def _closed_at(text: str, at: int) -> bool:
    """No Chinese character, or a word of two characters or more that follows names
    (``people.yaml`` name_followers), opens at ``at``."""
    if at >= len(text) or not is_cjk(text[at]):
        return True
    follower = lexicon.words("people.yaml", "name_followers").starting(text, at)
    return follower is not None and len(follower) > 1


def numeral_speaker(name: str) -> bool:
    """Whether ``name`` (two or three characters before a verb of saying, at a clause's
    start) is a name of a numeral surname (万军, 万东): no given-name character is a
    counting unit, a numeral or a function word (万人, 万千, 万一), and jieba knows the
    whole as a name or not at all (万里, 万众, 万达 are words)."""
    if len(name) not in _SIZES or name[0] not in CN_NUMERAL:
        return False
    if not lexicon.surnames().is_surname(name[0]) or not all(map(is_cjk, name[1:])):
        return False
    stops = lexicon.words("people.yaml", "given_name_stops")
    if any(ch in _UNITS or ch in stops or ch in CN_NUMERAL for ch in name[1:]):
        return False
    return not frequency(name) or dictionary_tag(name) in NAME_TAGS
