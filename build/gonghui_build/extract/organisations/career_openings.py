"""A career's verb of taking a post that jieba glued to the short form after it.

A profile tells a career one post after another (``某某…，后任市总工会法律顾问``,
``2021年起任区总工会党组书记``): jieba reads the verb 任 with the word of when before it
or the level word after it as one noun (后任/n, 任区/n), so the walk left from the
suffix takes it into the name and ``任区总工会`` or ``后任市总工会`` is read as a body
of its own, which every later ``区总工会`` then resolves to. The verb and its adverb
(``titles.yaml`` career_post_verbs, career_post_adverbs) are no part of the name: it
begins after them. A place named with 任 (任丘市, 任城区) or a word of the language that
opens with it keeps it, and the bare verb 任 is read as one only after a word of when
(2017年任, 2021年起任, 此后任): a brand may open with the character (任重公司).
Read by :mod:`.org_spans`.
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.brands import is_division
from gonghui_build.text import tokenizer
from gonghui_build.text.names import NAME_TAGS as PERSON_TAGS
from gonghui_build.text.tokenizer import Token


@functools.cache
def _career_verb() -> re.Pattern[str]:
    """A verb of taking a post after an optional word of when (后任, 后又任, 调任, 任);
    built on first use, not when the module is imported."""
    adverbs = lexicon.words("titles.yaml", "career_post_adverbs").pattern
    verbs = lexicon.words("titles.yaml", "career_post_verbs").pattern
    return re.compile(rf"(?:{adverbs})?(?:{verbs})")


def after_career_verb(text: str, begin: int, start: int) -> int:
    """Where a name read from ``begin`` starts once a career's verb glued before it
    (后任|市总工会, 任|区总工会) is left out; ``begin`` when none opens it, when the
    verb would leave no body before the suffix at ``start``, or when its last
    character opens a place or a word (任丘市, 任城区: :func:`_verb_opens_word`)."""
    verb = _career_verb().match(text, begin)
    if verb is None or verb.end() >= start:
        return begin
    if _verb_opens_word(text, verb.end() - 1):
        return begin
    if verb.group() == _BARE and not _after_word_of_when(text, begin):
        return begin
    return verb.end()


def after_name_and_career_verb(text: str, begin: int, start: int, tokens: list[Token]) -> int:
    """Where a name read from ``begin`` starts once a person's name and the career's verb
    after it are left out (其中某某后任|公司某班: jieba reads 后任 one noun, so the walk
    ran through it into the name before, and the body hid the person). The verb must be
    read with its adverb (后任, 后又任, 先后担任) or be a verb of more than one character
    (担任): the bare 任 after a name may open a brand. The suffix may be left alone (某某
    后任|公司: a bare 公司, read in context). ``begin`` when no name of two or
    three characters jieba tags a person's stands right before such a verb read as one
    word of its own (曾任红|星: a word running past the verb is left to the other readers)."""
    for tok, after in pairwise(tokens):
        if tok.start < begin or after.end > start or after.start != tok.end:
            continue
        if tok.tag not in PERSON_TAGS or not 2 <= len(tok.word) <= 3:
            continue
        verb = _career_verb().fullmatch(after.word)
        if verb and len(after.word) > len(_BARE):
            return after.end
    return begin


#: The verb 任 printed alone, with no adverb (``titles.yaml`` career_post_verbs).
_BARE = "任"
#: The characters a date or a start ends with before a career's verb (2017年任, 3月任,
#: 2021年起任: 起 'from … on', 《现代汉语词典》 (7th ed.), 起).
_WHEN_ENDS = "年月起"


def _after_word_of_when(text: str, begin: int) -> bool:
    """A word of when ends right before ``begin``: a date or a start (``_WHEN_ENDS``), a
    career's adverb (后, 又, 先后: ``titles.yaml`` career_post_adverbs) or a word of
    sequence (此后, 随后: career_sequence_words); or a word only a person takes after
    the name (某某同志|任市总工会某部部长: an appointment notice's line, real_dev19;
    ``people.yaml`` person_followers), which no brand follows."""
    if begin > 0 and text[begin - 1] in _WHEN_ENDS:
        return True
    if lexicon.words("people.yaml", "person_followers").ending(text, begin) is not None:
        return True
    return any(
        lexicon.words("titles.yaml", section).ending(text, begin) is not None
        for section in ("career_post_adverbs", "career_sequence_words")
    )


def _verb_opens_word(text: str, at: int) -> bool:
    """The verb's last character at ``at`` opens a place (任丘, 任城) or a word of
    jieba's dictionary (任县) with the characters after it."""
    return any(
        is_division(text[at : at + size]) or tokenizer.dictionary_tag(text[at : at + size])
        for size in (2, 3)
    )
