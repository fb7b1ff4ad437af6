"""The organisation gazetteer: national, provincial and Beijing bodies by every form
they are written in (全总, 京能集团, 密云县总工会), from ``reference/organisations.yaml``.

The rules' suffix grammar finds ``X总工会``; this finds what it cannot complete: a
short name with no suffix (全总, 首开集团), a department under a short parent name
(全总女职工部), a renamed body (全总经济技术部 → 中华全国总工会劳动和经济工作部).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from gonghui_build import reference
from gonghui_build.text.matching import Matcher
from gonghui_build.text.tokenizer import TEXTS_CACHED


@dataclass(frozen=True)
class Body:
    name: str
    type: str
    parent: str | None
    short: tuple[str, ...]
    former: tuple[str, ...]
    source: str

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.short, *self.former)


@dataclass(frozen=True)
class BodyMention:
    text: str
    start: int
    end: int
    body: Body


@functools.cache
def bodies() -> dict[str, Body]:
    """Full name → body."""
    data = reference.load("organisations.yaml")
    return {
        e.name: Body(
            name=e.name,
            type=e.type,
            parent=e.parent,
            short=tuple(e.short),
            former=tuple(e.former),
            source=e.source,
        )
        for e in data.bodies
    }


@functools.cache
def by_form() -> dict[str, Body]:
    """Every written form → its body (a form naming two bodies is an error of the data)."""
    out: dict[str, Body] = {}
    for body in bodies().values():
        for form in body.forms:
            if out.setdefault(form, body) is not body:
                raise ValueError(f"{form} names both {out[form].name} and {body.name}")
    return out


def lookup(form: str) -> Body | None:
    return by_form().get(form)


def parent_of(body: Body) -> Body | None:
    return bodies().get(body.parent) if body.parent else None


def departments_of(body: Body) -> tuple[Body, ...]:
    return tuple(b for b in bodies().values() if b.parent == body.name)


@functools.cache
def _matcher() -> Matcher[Body]:
    return Matcher(by_form())


@functools.lru_cache(maxsize=TEXTS_CACHED)
def find_bodies(text: str) -> tuple[BodyMention, ...]:
    """Gazetteer forms in ``text``, leftmost and longest first, never overlapping
    (北京市总工会 before 北京市总). Remembered by text: several rules ask about one text."""
    return tuple(BodyMention(text[a:b], a, b, body) for a, b, body in _matcher().find(text))
