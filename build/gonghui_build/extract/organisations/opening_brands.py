"""A company's brand (字号) that opens its phrase and is a word of the language: 宏远|纺织厂
厂长, 团结|机械有限公司总经理, 出席的有：前进|纺织厂厂长.

A registered name may open with no place, its brand any word (《企业名称登记管理规定》),
and jieba reads many brands as adjectives (宏远/a, 繁荣/a, 和谐/a) or verbs (前进/v,
振兴/v). The walk left (:mod:`.walk`) stops at such a word outside a brand after a
place, which cut such a name to its trade and form (纺织厂, 机械有限公司): a kind of
works, no body, and the post printed after it lost its body. Read by :func:`.walk_stops.ends_name`.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.brands import PROPER_TAGS, is_division
from gonghui_build.extract.organisations.names import suffix_starting, words
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token

#: Parts of speech of an adjective as jieba tags it (宏远/a, 和谐/a).
_ADJECTIVE_TAGS = ("a", "ad")
#: Parts of speech of a trade and form jieba reads as one organisation's word (化工集团/nt):
#: no proper word of a particular body.
_COMMON_ORG_TAGS = frozenset({"nt"})
#: Parts of speech of a word after which a name opens a verb's or a preposition's object:
#: a verb (看望), a preposition (由), the aspect particle 了.
_OBJECT_OPENING_TAGS = frozenset({"v", "p", "ul"})
#: Parts of speech of a verb as jieba tags it (前进/v, 振兴/v, 飞跃/v); a verbal noun (建设/vn)
#: the walk keeps already.
_VERB_TAGS = ("v",)
#: What a verb brand may follow: the text's or a line's start, or a list's punctuation
#: (出席的有：|前进…, 、|振兴…), where an item opens and no clause's verb stands; after a
#: comma a verb is as often the clause's own (，慰问|纺织厂…).
_ITEM_OPENINGS = "\n：:、"
#: At most this many characters of trade and form between the brand and the suffix the
#: walk started from (化工集团|工会, 机械有限公司|工会): a longer stretch is a phrase.
_MOST_TRADE_CHARACTERS = 8


def _opens_phrase(tokens: list[Token], j: int, text: str) -> bool:
    """Whether ``tokens[j]`` opens the text, a line, a clause (after punctuation) or the
    object of a verb or preposition (看望|宏远…, 由|宏远…, 会见了|宏远…)."""
    at = tokens[j].start
    if at == 0 or not (is_cjk(text[at - 1]) or text[at - 1].isalnum()):
        return True
    before = tokens[j - 1] if j > 0 else None
    return before is not None and before.end == at and before.tag in _OBJECT_OPENING_TAGS


def _opens_item(text: str, at: int) -> bool:
    """Whether ``at`` opens the text, a line or a list's item (after ：or 、)."""
    return at == 0 or text[at - 1] in _ITEM_OPENINGS


def _common_words_between(tokens: list[Token], j: int, start: int) -> bool:
    """Whether the words from ``tokens[j]``'s end to ``start`` are a trade and a form
    only (纺织|厂, 机械|有限公司, 化工集团/nt): common Chinese words, no place or proper
    word that would make the body particular without the brand."""
    inner = [t for t in tokens[j + 1 :] if t.start < start]
    if not inner or start - tokens[j].end > _MOST_TRADE_CHARACTERS:
        return False
    proper = PROPER_TAGS - _COMMON_ORG_TAGS
    return all(
        all(is_cjk(c) for c in t.word) and t.tag not in proper and not is_division(t.word)
        for t in inner
    )


def word_brand_opening(tokens: list[Token], j: int, text: str, start: int) -> bool:
    """Whether ``tokens[j]``, a two-character adjective (宏远, 繁荣) opening its clause or
    a verb's or preposition's object, is the brand of the body whose suffix starts at
    ``start``: only a trade and a form stand between (纺织厂, 机械有限公司, 化工集团工会)
    and a post follows the name (厂长, 总经理, 工会主席), as a roster's line or a
    report's clause prints an officer. A verb (前进, 振兴) is read so only opening the
    text, a line or a list's item. An adjective qualifying a kind of works (先进|企业)
    names no post after it; 困难/an (困难企业) is a state, no brand."""
    tok = tokens[j]
    if len(tok.word) != 2 or tok.word in words("left_stops"):
        return False
    if tok.tag in _ADJECTIVE_TAGS:
        opens = _opens_phrase(tokens, j, text)
    else:
        opens = tok.tag in _VERB_TAGS and _opens_item(text, tok.start)
    if not opens:
        return False
    if not _common_words_between(tokens, j, start):
        return False
    suffix = suffix_starting(text, start)
    if suffix is None or suffix in words("generic_bodies"):
        return False
    return lexicon.titles().regex.match(text, start + len(suffix)) is not None
