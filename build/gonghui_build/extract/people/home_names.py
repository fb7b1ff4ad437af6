"""Names right after the place a person lives: ``家住东岭村的王山今年五十岁``.

Reports on visits to workers in need print the person's home before the name (家住某镇
某村的郑某, 家住某花园的赵某家中; ``people.yaml`` home_marks), or the place they come from
(来自某镇的某某: origin_marks, read by the same :func:`.model_bounds.after_a_home`). The
model reads most such
names, and :func:`.model_bounds.after_a_home` backs its reading; a name of two
characters whose given name is a common character (王山) or a word (高山) it often
misses, and no title stands before it for the title rules to read it. What follows
``家住…的`` is a person (a name, or a noun for people: 职工, 老人), so the name is read
there as after a title: a plausible name, or a name that is a word when its surname is no
ordinary word, closed by a word that follows names (是, 因, 在, 说…) or a verb and its
particle (王山拿着)."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.listed import frequent_noun
from gonghui_build.extract.people.model_bounds import after_a_home
from gonghui_build.extract.people.name_length import (
    follows_name,
    name_after,
    name_before_a_verb,
)
from gonghui_build.text import tokenizer
from gonghui_build.text.names import (
    AMBIGUOUS_GIVEN_MAX_FREQ,
    is_common_word,
    is_plausible_name,
    split_name,
)
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource

#: Confidence of a name read right after the place a person lives: as after an
#: occupation (:data:`.occupations.AFTER_OCCUPATION`), one signal besides the name's shape.
AFTER_A_HOME = 0.8
#: Length of a name that is a word read after a home (高山): a word of three characters
#: there is far more often a noun for people or a thing (高中生, 高龄的).
WORD_NAME = 2
#: The particle that closes the place a person lives (家住某村的).
_OF = "的"


def home_names(text: str, tokens: list[Token]) -> list[NameHit]:
    """The names printed right after ``家住<place>的`` (:func:`.model_bounds.after_a_home`)
    in ``text``, ``tokens`` its jieba words."""
    hits: list[NameHit] = []
    pos = text.find(_OF)
    while pos >= 0:
        start = pos + 1
        name = _name_at(text, start, tokens) if after_a_home(text, start) else None
        if name is not None:
            source = MentionSource.title_before_name
            hits.append(NameHit(name, start, start + len(name), source, AFTER_A_HOME))
        pos = text.find(_OF, start)
    return hits


def _name_at(text: str, start: int, tokens: list[Token]) -> str | None:
    """The name at ``start``: a plausible name no ordinary word, closed by a word that
    follows names or where jieba's next word starts (王山|今年: the place before it says a
    person stands there); else a name of two characters that is a word (高山, 常青) of a
    surname no ordinary word and no noun for people (党员), closed by a word that follows
    names; else a name closed by a verb and its particle (王山|拿着)."""
    name = name_after(text, start, tokens)
    if name is not None and _plain_name(name):
        end = start + len(name)
        if _closed(text, end) or _clause_goes_on(end, tokens):
            return name
    word = text[start : start + WORD_NAME]
    if word_shaped_name(word) and _closed(text, start + WORD_NAME):
        return word
    return name_before_a_verb(text, start)


def _plain_name(name: str) -> bool:
    """A plausible name, no word of jieba's dictionary more frequent than a person's
    name it holds (刘建国: 3; 高中生: 129) and ending like no occupation (钟点工): nouns
    for people are read after a home as often as names."""
    if not is_plausible_name(name, strong_context=True) or is_common_word(name):
        return False
    occupation = lexicon.words("people.yaml", "occupation_endings").ending(name)
    return tokenizer.frequency(name) < AMBIGUOUS_GIVEN_MAX_FREQ and occupation is None


def _clause_goes_on(end: int, tokens: list[Token]) -> bool:
    """jieba's next word starts at ``end`` and is no noun (王山|今年, 王山|因病; not
    张家|兄弟, where the noun is the person and the two characters before it no name)."""
    after = next((t for t in tokens if t.start == end), None)
    return after is not None and not after.tag.startswith("n")


def _closed(text: str, end: int) -> bool:
    """A word that follows names, or no Chinese character, comes right at ``end``."""
    return follows_name(text[end : end + 4])


def word_shaped_name(word: str) -> bool:
    """Whether a word of two characters may be a name where a person stands (after a
    home; after an occupation, before a verb of saying): it reads as a surname and a
    given name of one character, its surname no ordinary word (``surnames.yaml``
    ambiguous: 和平, 安全 are refused), and it is no noun for people or title (党员 opens
    with the surname 党) nor a frequent common noun (高手: :func:`.listed.frequent_noun`)."""
    parts = split_name(word)
    if len(word) != WORD_NAME or parts is None or parts[0] in lexicon.surnames().ambiguous:
        return False
    titles = lexicon.titles()
    if titles.person_nouns.starting(word) or titles.regex.match(word):
        return False
    return not frequent_noun(word)
