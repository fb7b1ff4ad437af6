"""Where the name of a central construction group's unit opens (中铁九局, 中建三局).

The groups' short names (``bureau_groups``) open their bureaus' names, however jieba cuts
the sentence around them: it glues the locative 中 of the sentence to 中铁 (竞赛中|中铁九局)
and cuts a group's own 中 off the bureau it reads as one word (中|铁一局, 中|铁十八局), a
locative the walk leaves out. Read by :mod:`.grammar`.
"""

from __future__ import annotations

import bisect

from gonghui_build.extract.organisations.brands import is_place
from gonghui_build.extract.organisations.names import words
from gonghui_build.text.tokenizer import Token

#: The word a group's bureau ends with (中铁一局: 局), which jieba reads with the number.
_BUREAU = "局"


def _opens_group(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` opens a group's short name: the name itself (中铁), or the
    one character jieba cut off it before the bureau it read as one word (中|铁一局); a
    locative 中 before another word (比赛中|建工集团) opens none."""
    groups = words("bureau_groups")
    if tokens[j].word in groups:
        return True
    if len(tokens[j].word) != 1 or j + 1 >= len(tokens):
        return False
    bureau = tokens[j + 1].word  # 铁一局, read as one word: not 建工集团 after a locative 中
    joined = tokens[j].word + bureau
    return (
        tokens[j].end == tokens[j + 1].start
        and bureau.endswith(_BUREAU)
        and any(joined.startswith(g) and joined != g for g in groups)
    )


def group_opening(tokens: list[Token], begin: int, start: int) -> int:
    """劳动竞赛|中铁|九局, 技能比武|中|中建|三局: a central group's short name
    (``bureau_groups``) before its bureau opens the name; the words the walk took
    before it are the sentence's (jieba glues the locative 中 to 中铁), unless they are
    a place (中国|中铁: the group's own full short name). A group's 中 cut off by jieba
    (中|铁一局) opens the name too."""
    # only the tokens between the name's start and its suffix, found by their starts
    first = bisect.bisect_left(tokens, begin, key=lambda t: t.start)
    for j in range(first, len(tokens)):
        tok = tokens[j]
        if tok.end >= start:
            break
        if j == first and tok.word in words("bureau_groups"):
            continue  # the name opens with the group already
        if _opens_group(tokens, j) and j > 0 and not is_place(tokens[j - 1]):
            return tok.start
    cut = first - 1  # 中|铁一局 at the name's start: the walk left the locative out
    at_start = 0 <= cut < first < len(tokens) and tokens[first].start == begin
    if at_start and _opens_group(tokens, cut):
        return tokens[cut].start
    return begin
