"""An enterprise's Party committee named as the body under whose leadership its union
works (公司工会在公司党委和某区总工会的领导下…, 集团工会在集团党委的正确领导下): there the
committee is a body the text names, listed beside the union and the federation, not the
inner body a post is held in (某公司党委书记), nor the subject of a sentence (公司党委
进一步认清形势), which stay unlisted. The phrases of leadership are reference data
(``org_suffixes.yaml`` leadership_phrases, with their source). Read by :mod:`.grammar`."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import suffix_of, suffix_types, words
from gonghui_build.text.clauses import clause_end, clause_start
from gonghui_build.vocabulary import OrgType

#: The preposition that opens 在…的领导下.
_AT = "在"


def under_its_leadership(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` stands in 在…的领导下 within its clause."""
    if _AT not in text[clause_start(text, start) : start]:
        return False
    clause = text[end : clause_end(text, end)]
    return any(phrase in clause for phrase in words("leadership_phrases"))


def leading_committee(text: str, start: int, end: int, suffix: str) -> bool:
    """某公司党委, 集团党委 (the enterprise's inner Party body, ``titles.yaml``
    enterprise_inner_bodies) under whose leadership the text sets its union's work."""
    if suffix not in lexicon.words("titles.yaml", "enterprise_inner_bodies"):
        return False
    owner = suffix_of(text[start : end - len(suffix)])
    if owner is None or suffix_types().get(owner) != OrgType.company:
        return False
    return under_its_leadership(text, start, end)
