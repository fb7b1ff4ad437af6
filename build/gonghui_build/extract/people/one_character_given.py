"""A name of two characters whose surname is far more often a word (``surnames.yaml``
ambiguous) and whose given name is one character, frequent as a word as one character
of a given name usually is: read where the model reads it and the words around it place
a person there (:func:`one_character_given_placed`), since the model's check of a given
name of two against the dictionary (:func:`.model._contradicted`) refuses every such
name."""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.honours import honour_ending
from gonghui_build.extract.people.name_context import after_title_or_occupation, ends_name
from gonghui_build.extract.people.name_length import visited_home_at
from gonghui_build.text import tokenizer
from gonghui_build.text.names import NAME_TAGS
from gonghui_build.text.tokenizer import Token


def one_character_given_placed(text: str, start: int, end: int, tokens: Sequence[Token]) -> bool:
    """玉香, 玉喃, 岩温: a name of two characters whose surname is often a word (玉, 岩:
    ``surnames.yaml`` ambiguous, the openings of Dai names), whose given character may be
    frequent as a word, as one character of a given name usually is (is_plausible_name
    checks only given names of two): the model reads the two as a name and jieba as one
    word its dictionary lacks or lists as a name, a title, an occupation or an honour ends
    right before them, and the home a visit goes to, punctuation or a word that follows
    names comes right after. Seen on Yunnan's union pages (s36): 来到全国劳动模范玉某家中."""
    if end - start != 2:
        return False
    whole = next((t for t in tokens if t.start == start and t.end == end), None)
    if whole is None or (whole.tag not in NAME_TAGS and tokenizer.frequency(whole.word)):
        return _split_after_a_title(text, start, end)
    before = after_title_or_occupation(text, start) or honour_ending(text, start) is not None
    return before and (ends_name(text, end) or visited_home_at(text, end))


#: How far back a title before the name is looked for (党组书记、常务副主席).
_TITLE_WINDOW = 12


def _split_after_a_title(text: str, start: int, end: int) -> bool:
    """区政协副主席于明出席, 主席万红主持: jieba cuts the two apart (于|明: a preposition
    and a word), but its dictionary holds no word of the pair (和平, 时代 are words), a
    title ends right before it and a word that follows names comes right after: with
    the model's reading, three signals place a person there (s49, people40: 于, 白, 万
    are among the hundred commonest surnames)."""
    if tokenizer.frequency(text[start:end]):
        return False
    before = text[max(0, start - _TITLE_WINDOW) : start]
    return lexicon.titles().at_end.search(before) is not None and ends_name(text, end)
