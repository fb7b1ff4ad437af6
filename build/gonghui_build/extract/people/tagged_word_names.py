"""A name jieba reads whole as a place or a name-word, right after a titled body's post.

``市总工会主席于洋来到…``, ``某公司办公室主任高山介绍…``, ``集团董事长华南陪同``: jieba
reads the name as one word it tags a place (于洋/ns, 高山/ns, 华南/ns), and the word is
too frequent, or its surname too often a function word (于), for
:func:`..text.names.is_name_after_title`. Three signals together still make it a person:
the post of a named body right before it (the caller, :func:`.rules.titled_names`,
reads it only after such a title), a surname opening the word, and a word that follows
names right after it (介绍, 陪同, 来到). A division of China (江西, 武汉), a title, a noun
for people or an ordinary noun (高温/n) is never read so, save a division or a direction
(江山/ns, 向前/t) before a leader's act (``people.yaml`` person_acts: 出席, 带队), which
no place does (s45, people33).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.yi_names import follows_name
from gonghui_build.text import places, tokenizer
from gonghui_build.text.tokenizer import Token, tag_tokens, token_at

#: jieba's tags of a word that may be a name so read: a name, a place, a proper noun.
_NAME_OR_PLACE_TAGS = frozenset({"nr", "ns", "nz"})
#: Length of the word: a one-character surname and a one-character given name.
_LENGTH = 2
#: What must come right after the word: a verb, a preposition or an adverb (介绍, 在, 也),
#: or a list's mark before the next name; not a quote (教师荣获“…”: 荣获/nr is a verb).
_NEXT_TAGS = ("v", "p", "d")
_LIST_MARKS = "、，"
#: jieba's tag of a time or direction word (向前/t), a name only before a leader's act.
_TIME_TAG = "t"
#: How often jieba's dictionary may hold a word opened by a surname that is more often a
#: word (常青 304, 白云 389) for it to be read as a name; 文明 (6584) is a word.
_WORDED_MAX_FREQ = 1000


def _rare_name_of_a_worded_surname(token: Token) -> bool:
    """常青/nr, 白云/nr: a surname far more often a word (常, 白) opens a name only in a
    word jieba tags a name and holds rare (文明/nr, a frequent word, is no name)."""
    worded = token.word[:1] in lexicon.surnames().ambiguous
    return worded and token.tag == "nr" and tokenizer.frequency(token.word) < _WORDED_MAX_FREQ


def tagged_word_name(text: str, pos: int) -> str | None:
    """The word of two characters at ``pos`` (where a title ends) that jieba tags a name
    or a place, opened by a surname and closed by a word that follows names; else None."""
    token = token_at(tag_tokens(text), pos)
    if token is None or token.end != pos + _LENGTH:
        return None
    acting = lexicon.words("people.yaml", "person_acts").starting(text, token.end) is not None
    if token.tag not in _NAME_OR_PLACE_TAGS and not (acting and token.tag == _TIME_TAG):
        return None  # 主席向前带队: a direction jieba tags a time word, before a leader's act
    word = token.word
    if not lexicon.surnames().is_surname(word[:1]) and not _rare_name_of_a_worded_surname(token):
        return None
    titles = lexicon.titles()
    if titles.regex.fullmatch(word) or titles.person_nouns.ending(word):
        return None
    if places.lookup(word) and not acting:
        return None  # 主席江西行, 书记武汉调研: a division of China (副主席江山出席: a name)
    if not follows_name(text[token.end : token.end + 4]):
        return None
    after = token_at(tag_tokens(text), token.end)
    closed = text[token.end : token.end + 1] in _LIST_MARKS
    if after is not None and after.tag[:1] not in _NEXT_TAGS:
        closed = closed or _nominal_follower(text, after)
    return word if closed or (after is not None and after.tag[:1] in _NEXT_TAGS) else None


def _nominal_follower(text: str, after: Token) -> bool:
    """主席黄河带队走访, 副主席华南讲话: jieba tags the leader's act a noun (带队/n,
    讲话/n), but the whole word it reads is one of two characters or more that follows
    names (``people.yaml`` name_followers), which only a person does; a quote's verb
    jieba tags a name (荣获/nr) stays no such word. Seen on visit reports of city and
    county unions, a leader heading the visit (s44, people31)."""
    follower = lexicon.words("people.yaml", "name_followers").starting(text, after.start)
    return after.tag == "n" and follower == after.word and len(follower) > 1
