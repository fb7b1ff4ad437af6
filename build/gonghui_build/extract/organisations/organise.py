"""A union glued by jieba to the word after it (issue 10: 某公司|工会组织|职工开展…).

jieba reads 工会组织 as one noun ('a union body', as in 基层工会组织建设), so a union's
name printed right before the verb 组织 'organise' ends inside a word and is lost when
the firm's brand is an ordinary word (青松化工公司工会组织职工… found nothing). Seen on
real pages of enterprise and union news: a company's union 组织 its workers, 组织开展 a
campaign, 组织引导开展 a contest. What follows 组织 tells the verb from the noun: the
people it gets together, a verb, a particle or a count read it as the verb. A union's
suffix of two words (联合工会) whose last word jieba glues to a post or verb after it
(某街道…联合|工会主席) is read here too.
"""

from __future__ import annotations

import re

from gonghui_build.extract.organisations.names import suffix_types, words
from gonghui_build.extract.organisations.walk import token_index
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import UNION_TYPES

#: The verb jieba glues to a union's suffix (工会|组织 read 工会组织).
ORGANISE = "组织"


def union_then_organise(text: str, match: re.Match[str], tokens: list[Token]) -> bool:
    """Whether the union's suffix matched in ``text`` is glued to the verb 组织 and the
    words after it read 组织 as the union's verb (某公司工会组织职工参加…, 某集团工会组织
    开展…), not the noun 工会组织 (基层工会组织建设, 各级工会组织要…)."""
    if suffix_types()[match.group(0)] not in UNION_TYPES:
        return False
    k = token_index(tokens, match.start())
    if k >= len(tokens) or tokens[k].start != match.start():
        return False
    if text[match.end() : tokens[k].end] != ORGANISE or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after.start != tokens[k].end or after.word in words("union_body_nouns"):
        return False
    if after.tag in ("v", "m"):
        return True  # 组织开展, 组织引导, 组织100名
    # 组织职工, 组织了, 组织女职工: the people it gets together, the verb's particle
    return words("organised_by_a_union").starting(text, after.start) is not None


def union_glued_on(text: str, match: re.Match[str], tokens: list[Token]) -> bool:
    """联合|工会主席: a suffix of two words whose last word, a union's own (工会), jieba
    glues to the post or verb after it; 宣教|部门 (部 of 部门) is no union's word."""
    last = tokens[token_index(tokens, match.end() - 1)]
    inner = text[last.start : match.end()]
    union = suffix_types().get(inner) in UNION_TYPES
    return match.start() < last.start and union
