"""A short form read back to the one full name printed before it that ends with the same
head word: 新区总工会 after 某某新区人大工委, 区职工文化中心 after 某某开发区总工会.

A report names a body once in full and then by its head word (总工会, 管委会) after the
kind of its zone (新区, 开发区, or the bare 区). Read alone, the short form is
a body of its own, listed beside the full name it stands for. Where exactly one name
printed before fits it, it is that body; where none or two fit, it is left as printed
(two bodies are never made one). Read by :func:`.context.resolve` where no other reading
of a short form applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gonghui_build.extract.organisations.names import suffix_of, words

if TYPE_CHECKING:
    from gonghui_build.extract.organisations.article_context import ArticleContext

#: The fewest characters of a zone's own name before its kind (金普|新区).
_ZONE_NAME_MIN = 2


def _names_before(offset: int, context: ArticleContext) -> list[str]:
    return [name for pos, name in context.orgs if pos < offset]


def _zone_kind(written: str) -> str | None:
    """The kind of zone ``written`` opens with (新区, 开发区), or the bare level word a
    zone's report calls the zone by (区|职工文化中心: only a zone's kind ends with it)."""
    return words("zone_kinds").starting(written) or words("district_markers").starting(written)


def _zones_named(names: list[str], kind: str) -> set[str]:
    """The zones ending with ``kind`` that open the names printed (金普新区 of
    金普新区人大工委, 某某经济技术开发区 of 某某经济技术开发区总工会): a zone's kind
    after a name of its own, and a body after it."""
    found: set[str] = set()
    for name in names:
        for zone_kind in words("zone_kinds"):
            at = name.find(zone_kind)
            end = at + len(zone_kind)
            if at < _ZONE_NAME_MIN or end >= len(name) or not name[:end].endswith(kind):
                continue
            if words("determiners").starting(name) or suffix_of(name[end:]) is None:
                continue
            found.add(name[:end])
    return found


def head_word_read_back(
    written: str, suffix: str, offset: int, context: ArticleContext
) -> str | None:
    """The one full name printed before ``offset`` that ``written`` stands for: a zone's
    body by its kind (新区总工会 → 金普新区总工会, after 金普新区人大工委); None when no
    name or two names fit."""
    kind = _zone_kind(written)
    if kind is None or suffix_of(written[len(kind) :]) is None:
        return None
    zones = _zones_named(_names_before(offset, context), kind)
    return next(iter(zones)) + written[len(kind) :] if len(zones) == 1 else None
