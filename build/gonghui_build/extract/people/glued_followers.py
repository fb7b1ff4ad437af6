"""A Han name the model read with the one-character verb after it: ``庞某某作|讲话``.

Reports of meetings print who spoke as a name and 作 (or 做) before the speech
(``某某主持会议，庞某某作讲话``); the model sometimes reads the verb into the name, a span
of four characters that no name shape fits. jieba reads the verb as a word of its own,
and the three characters before it are a plausible name: the name ends before the verb.
Seen on real meeting reports read in s48 (people38: a city's model workers' forum, a
district's skills contest closing); the tuning sets print no such span. A name of
Mongolian or Tibetan elements (巴图孟和说: 孟和, whose 和 jieba may read alone) is never
cut here (:func:`.composed.composed_name`).
"""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build.extract.people.composed import composed_name
from gonghui_build.extract.people.transliterated import follows_name_at
from gonghui_build.text.names import NAME_TAGS, is_plausible_name, split_name
from gonghui_build.text.tokenizer import Token, token_at


def before_a_glued_verb(
    text: str, start: int, end: int, tokens: Sequence[Token]
) -> tuple[int, int]:
    """``text[start:end]`` without a last character that is a word following names
    (``people.yaml`` name_followers: 作, 做, 在…) read alone by jieba, when the span is
    four characters no name shape fits and the three before it a plausible Han name;
    otherwise the span unchanged."""
    if end - start != 4 or split_name(text[start:end]) is not None:
        return start, end
    if composed_name(text, start, alone=True) is not None:
        return start, end  # 巴图孟和: two elements, the last ending in a follower's character
    last = token_at(tokens, end - 1)
    alone = last is not None and (last.start, last.end) == (end - 1, end)
    if not alone or last.tag in NAME_TAGS or not follows_name_at(text, end - 1):
        return start, end
    name = text[start : end - 1]
    if split_name(name) is None or not is_plausible_name(name, strong_context=True):
        return start, end
    return start, end - 1
