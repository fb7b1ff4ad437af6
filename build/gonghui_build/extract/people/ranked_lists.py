"""Names after a rank label that counts them (``个人前三名：甲、乙、丙``, ``获得前三名的
是：甲、乙、丙``): results of skills contests and sports days list their top places so,
and the count says the list holds people, one for each place. The model reads the
items whose given names are no words and leaves the others (毕胜 'sure to win', 白云
'white cloud', 朱红 'vermilion'), which a list of winners holds as often as any names.

Every item of the list is read when the label's count (three or more) equals the items', each
item has a name's shape (a surname and a given name of one or two characters), none
holds a place or a body jieba tags (团体前三名：湖北省、四川省、河南省 lists teams), and
jieba or the model reads one item at least as a name. Read on union sites' and workers'
papers' contest results (s42, people28).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gonghui_build.text.names import NAME_TAGS, PLACE_OR_BODY_TAGS, is_name_shaped
from gonghui_build.text.numbers import numeral_value
from gonghui_build.text.tokenizer import Token

#: 前三名 and what may stand between it and its list (的是：, 分别是, 为：): a few
#: characters, no punctuation but the colon closing it.
_RANKED = re.compile(
    r"前(?P<count>[二三四五六七八九十两\d]{1,2})名[^，。；：:、\n]{0,4}?(?:[是为][：:]?|[：:])"
    r"(?P<items>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)(?=[。；;，,\n）)]|$)"
)
#: The fewest places a label counts for its items to be read so: a list of two (前两名：
#: 高峰、李某) is as often a word and a name, and the lists of leaders and winners opening
#: on a word (:mod:`.listed`, s41) ask two names after a word item.
_FEWEST_COUNTED = 3


def ranked_names(
    text: str, tokens: Sequence[Token], model_spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans of the items of each list a rank label counts (前三名：甲、乙、丙)."""
    hits: list[tuple[int, int]] = []
    for match in _RANKED.finditer(text):
        spans = _item_spans(match)
        count = numeral_value(match.group("count"))
        if count != len(spans) or count < _FEWEST_COUNTED:
            continue
        if not all(is_name_shaped(text[a:b]) for a, b in spans):
            continue
        if any(_holds_a_place_or_body(a, b, tokens) for a, b in spans):
            continue
        if not any(_read_as_name(a, b, tokens, model_spans) for a, b in spans):
            continue
        hits += spans
    return hits


def _item_spans(match: re.Match[str]) -> list[tuple[int, int]]:
    spans, at = [], match.start("items")
    for item in match.group("items").split("、"):
        spans.append((at, at + len(item)))
        at += len(item) + 1
    return spans


def _holds_a_place_or_body(start: int, end: int, tokens: Sequence[Token]) -> bool:
    inside = (t for t in tokens if t.start < end and start < t.end)
    return any(t.tag in PLACE_OR_BODY_TAGS for t in inside)


def _read_as_name(
    start: int, end: int, tokens: Sequence[Token], model_spans: Sequence[tuple[int, int]]
) -> bool:
    """jieba reads the item whole as a name, or the model reads a name in it."""
    whole = any((t.start, t.end) == (start, end) and t.tag in NAME_TAGS for t in tokens)
    return whole or any(a < end and start < b for a, b in model_spans)
