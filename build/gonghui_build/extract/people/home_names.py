"""Names right after the place a person lives: ``家住东岭村的王山今年五十岁``.

Reports on visits to workers in need print the person's home before the name (家住某镇
某村的郑某, 家住某花园的赵某家中; ``people.yaml`` home_marks), or the place they come from
(来自某镇的某某: origin_marks, read by the same :func:`.name_context.after_a_home`). The
model reads most such
names, and :func:`.name_context.after_a_home` backs its reading; a name of two
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
from gonghui_build.extract.people.name_context import (
    after_a_home,
    after_an_age,
    after_title_or_occupation,
)
from gonghui_build.extract.people.name_length import (
    follows_name,
    name_after,
    name_before_a_verb,
    visited_home_at,
)
from gonghui_build.text import tokenizer
from gonghui_build.text.names import (
    AMBIGUOUS_GIVEN_MAX_FREQ,
    NAME_TAGS,
    is_common_word,
    is_plausible_name,
    split_name,
)
from gonghui_build.text.tokenizer import Token, token_at
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
    """The names printed right after ``家住<place>的`` (:func:`.name_context.after_a_home`)
    or a person's age (``54岁的``: :func:`.name_context.after_an_age`, which describes
    the person named next as a home does) in ``text``, ``tokens`` its jieba words."""
    hits: list[NameHit] = []
    pos = text.find(_OF)
    while pos >= 0:
        start = pos + 1
        placed = after_a_home(text, start) or after_an_age(text, start)
        name = _name_at(text, start, tokens) if placed else None
        if name is not None:
            source = MentionSource.title_before_name
            hits.append(NameHit(name, start, start + len(name), source, AFTER_A_HOME))
        pos = text.find(_OF, start)
    return hits


def visited_names(text: str) -> list[NameHit]:
    """``来到困难职工戴某某家中``, ``来到职工罗某家，``: the name between a noun for people
    or an occupation (:func:`.name_context.after_title_or_occupation`: 职工, 机修工) and
    the home a visit goes to (``people.yaml`` visited_homes; 家 alone before punctuation).
    The noun before fixes where the name starts, the home where it ends: the model and
    jieba often read the name with 家 (罗某家) or miss it after 困难职工."""
    hits: list[NameHit] = []
    homes = lexicon.words("people.yaml", "visited_homes")
    for match in homes.finditer(text):
        end = match.start()
        if not visited_home_at(text, end):
            continue  # 张家口, 专家: 家 alone stands before punctuation only
        for size in (3, 2):
            start = end - size
            name = text[max(0, start) : end]
            if start < 1 or not (after_title_or_occupation(text, start) or _listed(text, start)):
                continue
            if is_plausible_name(name, strong_context=True) and not is_common_word(name):
                source = MentionSource.title_before_name
                hits.append(NameHit(name, start, end, source, AFTER_A_HOME))
                break
    return hits


def _listed(text: str, start: int) -> bool:
    """走访了甲某某、乙某某家: the name before the home closes a list of names; the
    item before its 、 is a plausible name, so the list is one of people."""
    if text[start - 1 : start] != "、":
        return False
    return any(is_plausible_name(text[start - 1 - k : start - 1], True) for k in (3, 2))


def _name_at(text: str, start: int, tokens: list[Token]) -> str | None:
    """The name at ``start`` (none where a surname and a title stand: 刘主任): a
    plausible name no ordinary word, closed by a word that
    follows names or where jieba's next word starts (王山|今年: the place before it says a
    person stands there); else a name of two characters that is a word (高山, 常青) of a
    surname no ordinary word and no noun for people (党员), closed by a word that follows
    names; else a name closed by a verb and its particle (王山|拿着)."""
    if _person_word(text[start + 1 : start + 4]):
        return None  # 刘主任说: a surname and a title, no name cut before the title's end
    name = name_after(text, start, tokens)
    if name is not None and _plain_name(name):
        end = start + len(name)
        if _closed(text, end) or _clause_goes_on(end, tokens):
            return name
    word = text[start : start + WORD_NAME]
    if word_shaped_name(word) and _closed(text, start + WORD_NAME):
        return word
    worded = text[start : start + WORD_NAME + 1]
    if worded_given(worded) and _closed(text, start + len(worded)):
        return worded
    return name_before_a_verb(text, start)


def worded_given(name: str) -> bool:
    """金海洋, 王建设: a name of three characters, a common surname (``surnames.yaml``
    common) and a given name that is a word (海洋, 建设), itself no word of jieba's
    (金项链 is one) and its given name no form of address or noun for people (王大妈,
    李师傅: ``people.yaml`` partial_after, ``titles.yaml`` person_nouns): the name
    rules refuse such given names, which are frequent among workers' names, where
    no place a person stands says a person is named."""
    parts = split_name(name)
    if len(name) != WORD_NAME + 1 or parts is None or len(parts[0]) != 1:
        return False
    surname, given = parts
    if surname not in lexicon.surnames().common or tokenizer.frequency(name):
        return False
    if given in lexicon.words("people.yaml", "partial_after") or _person_word(given):
        return False
    return bool(tokenizer.frequency(given))


def _person_word(word: str) -> bool:
    """A noun for people or a title (党员, 主任): the person named by what they are."""
    titles = lexicon.titles()
    return titles.person_nouns.starting(word) is not None or bool(titles.regex.match(word))


def _plain_name(name: str) -> bool:
    """A plausible name, no word of jieba's dictionary more frequent than a person's
    name it holds (刘建国: 3; 高中生: 129), opening with no frequent noun (高龄|仍:
    :func:`.listed.frequent_noun`) and ending like no occupation (钟点工): nouns for
    people and things are read after a home or an age as often as names."""
    if not is_plausible_name(name, strong_context=True) or is_common_word(name):
        return False
    if len(name) > WORD_NAME and frequent_noun(name[:WORD_NAME]):
        return False  # 五十岁的高龄|仍在一线: a frequent noun opens it, no name
    occupation = lexicon.words("people.yaml", "occupation_endings").ending(name)
    return tokenizer.frequency(name) < AMBIGUOUS_GIVEN_MAX_FREQ and occupation is None


def _clause_goes_on(end: int, tokens: list[Token]) -> bool:
    """jieba's next word starts at ``end`` and is no noun (王山|今年, 王山|因病; not
    张家|兄弟, where the noun is the person and the two characters before it no name)."""
    after = token_at(tokens, end)
    return after is not None and not after.tag.startswith("n")


def _closed(text: str, end: int) -> bool:
    """A word that follows names, or no Chinese character, comes right at ``end``."""
    return follows_name(text[end : end + 4])


def word_shaped_name(word: str) -> bool:
    """Whether a word of two characters may be a name where a person stands (after a
    home; after an occupation, before a verb of saying): it reads as a surname and a
    given name of one character, its surname no ordinary word (``surnames.yaml``
    ambiguous: 和平, 安全 are refused) unless jieba's dictionary tags the word a name
    (常青, 安平: 老焊工常青说, 52岁的安平说), and it is no noun for people or title (党员 opens
    with the surname 党) nor a frequent common noun (高手: :func:`.listed.frequent_noun`)."""
    parts = split_name(word)
    if len(word) != WORD_NAME or parts is None:
        return False
    if parts[0] in lexicon.surnames().ambiguous and tokenizer.dictionary_tag(word) not in NAME_TAGS:
        return False  # 安全, 常常: a surname usually a word, the word no name of jieba's
    if _person_word(word):
        return False
    return not frequent_noun(word)
