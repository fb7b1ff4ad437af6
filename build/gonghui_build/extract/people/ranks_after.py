"""An academic rank or a profession printed right after a titled person's name
(某医院妇科主任某某教授, 某律师事务所主任某某律师): a post of its own beside the chain
before the name, held at no body the text names (the chain's body is the chain's post's),
as the annotation's sets give it. Kept apart from :mod:`.rules`, whose size it would
pass."""

from __future__ import annotations

import functools

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import suffix_types
from gonghui_build.extract.people.titles import TitleClaim


def rank_after_chain(
    text: str, start: int, end: int, claims: tuple[TitleClaim, ...]
) -> tuple[TitleClaim, ...]:
    """The chain's ``claims`` of the name at ``text[start:end]``, with the rank printed
    right after the name (``titles.yaml`` after_name_at_body) as a post of no body; the
    claims alone when no chain precedes the name (某教授 alone is a form of address: a
    body printed before the name makes it a post, :func:`.rules.claims_after`) or no rank
    follows it (教授级高工 is a grade, not the rank)."""
    rank = lexicon.words("titles.yaml", "after_name_at_body").starting(text, end)
    if not claims or rank is None or text.startswith("级", end + len(rank)):
        return claims
    if any(c.title_normalised == rank for c in claims):
        return claims
    return (*claims, TitleClaim(rank, rank, None, None, start, end + len(rank)))


def opens_a_body(text: str, start: int, title: str) -> bool:
    """The ``title`` read at ``start`` opens an organisation's suffix (申衡|律师事务所,
    某某|律师团): what stands before it is the body's name, no person's."""
    return any(text.startswith(suffix, start) for suffix in _suffixes_opened_by(title))


@functools.cache
def _suffixes_opened_by(title: str) -> tuple[str, ...]:
    """The organisation suffixes longer than ``title`` that open with it (律师 → 律师事务所,
    律师团): asked for every name a title follows, so found once a title."""
    return tuple(s for s in suffix_types() if len(s) > len(title) and s.startswith(title))
