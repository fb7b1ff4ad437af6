"""A name of three characters the model cut after its surname (采油工隋|长江向…): jieba
read the surname as a word of one character and the given name as a word of two
characters of its own (a place's, 长江), and the model followed it, reading the surname
alone as the person. Where a title, an occupation or an honour stands right before the
surname and a word that follows names right after the given name, the name is the three
characters, as jieba's own three-character name is taken there (教师农|加贵)."""

from __future__ import annotations

from gonghui_build.extract.people.honours import honour_ending
from gonghui_build.extract.people.transliterated import follows_name_at
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import split_name

#: The given name's length after a surname jieba read alone (隋|长江).
_GIVEN = 2


def surname_then_given_span(text: str, start: int, after_noun: bool) -> tuple[int, int] | None:
    """The name's span when the model read only its surname at ``start``: jieba's words
    there are the surname alone and a word of two characters (the given name), a title,
    an occupation (``after_noun``) or an honour stands before it, and a word that follows
    names or punctuation comes right after; else None."""
    if not (after_noun or honour_ending(text, start) is not None):
        return None
    words = {t.start: t for t in tokenizer.tag_tokens(text)}
    surname, given = words.get(start), words.get(start + 1)
    if surname is None or given is None or surname.end != start + 1:
        return None
    if len(given.word) != _GIVEN or not all(is_cjk(c) for c in given.word):
        return None
    if split_name(text[start : given.end]) is None:
        return None  # the word's own plausibility is not asked: 长江 is a place's word
    return (start, given.end) if follows_name_at(text, given.end) else None
