"""Words that follow names read against jieba's words around them: a follower that
would end a name (来到, 为) weighed against the longer name or the longer word jieba reads
there. Kept apart from :mod:`.name_length`, which asks them, to keep it short; read on
city and county unions' visit and award reports (s42, people28).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.yi_names import follows_name
from gonghui_build.text import tokenizer
from gonghui_build.text.names import NAME_TAGS
from gonghui_build.text.tokenizer import Token, tag_tokens, token_at

#: jieba's tag of a preposition (为, 向, 在).
_PREPOSITION = "p"


def jieba_reads_one_longer(text: str, pos: int, shortest: int) -> bool:
    """jieba reads a name one character longer than the shortest (李春来/nr, as 春来 and
    福来 end many given names) and a word that follows names still comes after it
    (李春来|到…): the follower the shortest name stood before (来到) is no evidence."""
    token = token_at(tag_tokens(text), pos)
    longer = token is not None and token.start == pos and token.end == pos + shortest + 1
    return longer and token.tag in NAME_TAGS and follows_name(text[token.end : token.end + 4])


def follower_opens_a_longer_word(tokens: list[Token], at: int) -> bool:
    """陈平|为|获奖职工颁奖: the word after the preposition opens with a one-character
    word that follows names (获) but is a longer word of jieba's (获奖), so nothing after
    the preposition closes a name of three (陈平为); a follower read whole there (何德从|
    带领) may close one, so a name jieba only guessed keeps its third character."""
    word = token_at(tokens, at)
    if word is None or len(word.word) < 2:
        return False
    follower = lexicon.words("people.yaml", "name_followers").starting(word.word)
    return follower is not None and len(follower) < len(word.word)


def name_before_a_preposition(pos: int, tokens: list[Token]) -> bool:
    """jieba reads a name of two characters at ``pos`` that its dictionary holds as a
    word (高峰/nr, 周密/nr) and a preposition of one after it (为/p): the name is the two
    (高峰为获奖选手颁奖). A name jieba only guessed (何德|从) may run on (焊工何德从带领),
    unless the word after the preposition merely opens with a follower (陈平|为|获奖:
    :func:`follower_opens_a_longer_word`); nor a conjunction: jieba reads the 和 closing
    沈景和, 田家和 so (tuning pages)."""
    name, after = token_at(tokens, pos), token_at(tokens, pos + 2)
    if name is None or after is None or (name.start, name.end) != (pos, pos + 2):
        return False
    known = tokenizer.dictionary_tag(name.word) in NAME_TAGS
    if after.end != pos + 3 or after.tag != _PREPOSITION:
        return False
    return known or follower_opens_a_longer_word(tokens, pos + 3)
