"""A meeting a union convenes, named only by its kind: 召开电视电话会议, 召开年终总结会议.
会议 alone names no meeting (相关会议, 会议精神), so its name needs words of its own;
right after a verb of convening, any such words say which meeting was held."""

from __future__ import annotations

from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.naming import without_modifiers


def convened_by_kind(text: str, s_start: int, start: int, t_start: int, word: str) -> bool:
    """Whether the name ``text[start:t_start] + word`` is a meeting's kind said right after
    a verb of convening (召开电视电话会议, 召开女工委扩大会议): one meeting held,
    however plain its kind. (接待会议代表, 列席了会议: no verb of convening before it.)"""
    if word not in words("kind_named_heads"):
        return False
    before = text[s_start:start].removesuffix("的").removesuffix("了")
    if words("convening_verbs").ending(before) is None:
        return False
    return len(without_modifiers(text[start:t_start])) >= 2
