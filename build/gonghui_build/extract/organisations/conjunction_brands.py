"""A brand of two characters whose second is 和 (嘉和, 天和, 永和: 和 'harmony', a
favourite of shop and company names) opening a phrase: jieba cuts it into one character
and the conjunction (嘉/j|和/c|电力有限公司, 天/q|和/c|化工集团), and the walk stopped at
和, so the name was cut to 电力有限公司 (no one body's, lost) or 化工集团工会.

Read only where the one character opens the phrase (the text's start, after punctuation,
a verb or its particle: 慰问了|嘉|和…) and is no word that could be joined by 和 (a noun
or a level word: 党和政府, 省和市总工会; a pronoun, a preposition, a number), and 和 is
glued to the trade word after it. A brand after a place (北京|鼎|和|百货) is
``brands.brand_split``'s, also where jieba reads the city as a verb (到|保定/v|瑞|和|医院);
one whose first character is 和 after a place (黄岩|和|美|医院: 和美 'harmony and beauty')
is :func:`brand_after_a_place_at_conjunction`'s."""

from __future__ import annotations

from gonghui_build.extract.organisations.brands import is_city_short_form, is_division
from gonghui_build.extract.organisations.names import suffix_of, words
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token, token_at

#: What a phrase opens after: punctuation, a verb, its aspect particle, a preposition.
_OPENING_TAGS = ("x", "v", "ul", "p")
#: Parts of speech of a word 和 joins (a noun, a pronoun, a number, an adverb), not a brand's.
_JOINED_TAGS = ("n", "r", "m", "d", "p", "c", "u", "t", "s", "f")


def brand_opening_at_conjunction(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` (和) is the second character of a brand whose first,
    ``tokens[j - 1]``, opens a phrase (嘉|和|电力有限公司)."""
    if j < 1 or j + 1 >= len(tokens) or tokens[j].word not in words("brand_conjunctions"):
        return False
    first, conjunction, trade = tokens[j - 1], tokens[j], tokens[j + 1]
    if not (first.end == conjunction.start and conjunction.end == trade.start):
        return False
    if len(first.word) != 1 or not is_cjk(first.word) or first.tag.startswith(_JOINED_TAGS):
        return False
    if first.word in words("place_markers") or first.word in words("left_stops"):
        return False
    if suffix_of(first.word) or first.word in words("brand_outlets"):
        return False  # 配送|站|和|某超市: the character ends a body before 和 (s43)
    if words("place_markers").starting(trade.word):
        return False  # 嘉|和|市…: a level word after 和 opens a body of its own
    if j == 1:
        return True
    before = tokens[j - 2]  # 保定/v: a city's short form jieba misreads is no verb
    return before.tag.startswith(_OPENING_TAGS) and not is_city_short_form(before.word)


def brand_after_a_place_at_conjunction(tokens: list[Token], j: int, begin: int, start: int) -> bool:
    """Whether ``tokens[j]`` (和) opens a two-character brand after a place glued to it,
    the name's one other character standing right before its suffix (黄岩|和|美|医院,
    the suffix at ``start``, the walk at ``begin``): a body of one character and its
    suffix (美医院) is no name a text prints, so 和 is the brand's, not the sentence's
    (a whole body before 和 ends with its suffix: 黄岩区总工会|和|美…, not a place)."""
    if start - begin != 1 or j < 1 or tokens[j].word not in words("brand_conjunctions"):
        return False
    place, conjunction, after = tokens[j - 1], tokens[j], token_at(tokens, begin)
    brand = after.word if after else ""
    if place.end != conjunction.start or conjunction.end != begin or not is_cjk(brand):
        return False
    if words("place_markers").starting(brand):
        return False  # 某区|和|县|医院: a level word opens a short form of its own
    return is_division(place.word)
