"""A meeting a union convenes, named only by its kind: 召开电视电话会议, 召开年终总结会议.
会议 alone names no meeting (相关会议, 会议精神), so its name needs words of its own;
right after a verb of convening, any such words say which meeting was held."""

from __future__ import annotations

from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.specific_names import without_modifiers
from gonghui_build.text.clauses import clause_start


def convened_by_kind(text: str, s_start: int, start: int, t_start: int, word: str) -> bool:
    """Whether the name ``text[start:t_start] + word`` is a meeting's kind said right after
    a verb of convening (召开电视电话会议, 召开女工委扩大会议): one meeting held,
    however plain its kind. (接待会议代表, 列席了会议: no verb of convening before it.)"""
    if word not in words("kind_named_heads"):
        return False
    before = text[s_start:start].removesuffix("的").removesuffix("了")
    if words("convening_verbs").ending(before) is None:
        return False
    rest = text[start:t_start]
    return len(without_modifiers(rest)) >= 2 or rest in words("convened_kinds")


def convened_in_haste(text: str, s_start: int, t_start: int) -> bool:
    """Whether the adverb right before the trigger at ``t_start`` names the kind of a
    meeting convened (召开紧急会议): a verb of convening before it makes the trigger a
    noun, though after the adverb alone it is a verb (紧急行动, 迅速行动)."""
    kind = words("convened_kinds").ending(text[s_start:t_start])
    if kind is None:
        return False
    before = text[s_start : t_start - len(kind)].removesuffix("了")
    return words("convening_verbs").ending(before) is not None


def convened_by_union(text: str, start: int) -> bool:
    """Whether the meeting named from ``start`` is said right after a verb of convening
    whose clause names a union as the one convening it (全国总工会在京召开全国…推进会,
    某产业工会在北京召开全国…劳动竞赛推进会): a national meeting the union holds is the
    article's news, not a national event cited as background."""
    opened = clause_start(text, start)
    before = text[opened:start].removesuffix("了")
    verb = words("convening_verbs").ending(before)
    if verb is None:
        return False
    return bool(words("convening_unions").in_text(before[: -len(verb)]))


def told_by_resolution(text: str, start: int, t_start: int, end: int, word: str) -> bool:
    """Whether the meeting named ``text[start:end]`` (its trigger ``word`` at ``t_start``)
    is told by what it resolved: a meeting's kind with words of its own, a verb of
    resolution right after it (县总工会经费审查委员会会议审议通过了…). The bare head
    (会议审议通过了…) stays the meeting read before."""
    if word not in words("kind_named_heads"):
        return False
    if len(without_modifiers(text[start:t_start])) < 2:
        return False
    return words("resolution_verbs").starting(text, end) is not None
