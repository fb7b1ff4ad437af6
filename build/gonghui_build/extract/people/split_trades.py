"""Occupations jieba cuts from their last character: ``钢筋|工|某某``, ``钢筋|工宿|立新``,
``烘焙|师玉香``.

jieba knows few compound trades (钢筋工, 烘焙师 are no words of its dictionary): it reads
the trade's word and leaves the ending (``people.yaml`` ``occupation_endings``: 工, 师, 员…)
alone, or glues it to the name after it, as a word it made up (工宿, 师玉香: no word of its
dictionary). Read as one word, the trade and its ending are an occupation
before a name (:func:`.occupations.occupation_names`); an ending glued to a dictionary
word (公司|员工, 项目|工期, 青禾市|工会) is that word, no trade.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from gonghui_build import reference as lexicon
from gonghui_build.text import tokenizer
from gonghui_build.text.tokenizer import Token

#: The tag of an occupation whose ending jieba glued to the surname after it (钢筋|工宿|立新):
#: the surname was read apart from the given name.
GLUED = "n_glued"
#: Tags of the trade's word before the ending: a common noun or a verb (钢筋/n, 烘焙/v,
#: 焊接/vn), not a name or a place (nr, ns, nz).
_TRADE_TAGS = frozenset({"n", "v", "vn"})


def split_trades(tokens: Sequence[Token]) -> list[Token]:
    """The occupations jieba cut from their last character, each as one word (its tag
    ``n``, or ``GLUED`` when the ending was glued to what follows) ending after that
    character; the name after it starts there."""
    endings = lexicon.words("people.yaml", "occupation_endings")
    out = []
    for trade, after in pairwise(tokens):
        if after.start != trade.end or len(trade.word) < 2 or trade.tag not in _TRADE_TAGS:
            continue
        if endings.starting(after.word[:1]) is None or not _ending_stands_apart(after):
            continue
        tag = "n" if len(after.word) == 1 else GLUED
        out.append(Token(trade.word + after.word[0], tag, trade.start, trade.end + 1))
    return out


def _ending_stands_apart(after: Token) -> bool:
    """The ending is a word of its own (工), or glued to what follows it in a word jieba
    made up (工宿, 师玉香/nr: no word of its dictionary; 师傅/nr is one)."""
    return len(after.word) == 1 or tokenizer.frequency(after.word) == 0
