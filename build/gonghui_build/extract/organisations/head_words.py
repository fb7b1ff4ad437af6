"""A short form read back to the one full name printed before it that ends with the same
head word: 新区总工会 after 某某新区人大工委, 码头工会 after 某某集装箱码头有限公司.

A report names a body once in full and then by its head word (工会, 总工会, 管委会) after
the kind of its zone (新区, 开发区, or the bare 区) or a common word of its name (码头).
Read alone, the short form is
a body of its own, listed beside the full name it stands for. Where exactly one name
printed before fits it, it is that body; where none or two fit, it is left as printed
(two bodies are never made one). Read by :func:`.context.resolve` where no other reading
of a short form applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gonghui_build.extract.organisations.names import org_type, suffix_of, words
from gonghui_build.extract.organisations.particular import has_proper_word
from gonghui_build.vocabulary import OrgType

if TYPE_CHECKING:
    from gonghui_build.extract.organisations.article_context import ArticleContext

#: The fewest characters of a zone's own name before its kind (金普|新区).
_ZONE_NAME_MIN = 2
#: The fewest characters of the common word before a head word (码头|工会).
_WORD_MIN = 2


def _is_common_word(word: str) -> bool:
    """A common word that names no body by itself (码头, not 华岳钢铁, a brand; not 车间,
    a unit of its own; not 企业, a kind of body): what a short form keeps of a name."""
    if len(word) < _WORD_MIN or suffix_of(word) is not None or has_proper_word(word):
        return False
    if word in words("generic_bodies") or words("determiners").starting(word):
        return False
    units = (words("unit_endings"), words("sections_printed_alone"), words("place_markers"))
    return not any(found.ending(word) or found.starting(word) for found in units)


def _names_before(offset: int, context: ArticleContext) -> list[str]:
    return [name for pos, name in context.orgs if pos < offset]


def _word_candidates(written: str, suffix: str, offset: int, context: ArticleContext) -> set[str]:
    """The names printed before ``offset`` that ``written`` (a common word and its head
    word) may stand for: one with the same head word whose part before it holds the
    word (码头工会 of 某码头有限公司工会), or, for a union, an enterprise whose part
    before its own suffix holds it (码头工会 of 某码头有限公司: its union)."""
    word = written[: -len(suffix)]
    union = suffix in words("union_suffix")
    found: set[str] = set()
    for name in _names_before(offset, context):
        own = suffix_of(name)
        if own is None or len(name) <= len(written):
            continue
        if own == suffix and word in name[: -len(own)]:
            found.add(name)
        elif union and org_type(name) == OrgType.company and word in name[: -len(own)]:
            found.add(name + suffix)
    return found


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
    body by its kind (新区总工会 → 金普新区总工会, after 金普新区人大工委), a body by a
    common word of its name and its head word (码头工会 → 某码头有限公司工会); None when
    no name or two names fit."""
    kind = _zone_kind(written)
    if kind is not None:
        if suffix_of(written[len(kind) :]) is None:
            return None
        zones = _zones_named(_names_before(offset, context), kind)
        return next(iter(zones)) + written[len(kind) :] if len(zones) == 1 else None
    if not _is_common_word(written[: -len(suffix)]):
        return None
    found = _word_candidates(written, suffix, offset, context)
    return next(iter(found)) if len(found) == 1 else None
