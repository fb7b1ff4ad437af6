"""The occupation a clause of a role names before the person it opens the next clause
with: ``作为一名焊工，某某…``, ``身为快递员，某某…``.

Profiles of model workers open a sentence with the role the person acts in (``作为``,
``身为``: ``people.yaml`` role_verbs), often a trade counted by ``一名`` rather than a
post, and name the person as the subject of the clause after it. A post there is read
by :func:`.elections._subject_after` (作为某公司工会主席，某某…); the trade is the
person's title with no organisation, as an occupation printed right before the name is
(``tests/fixtures/ANNOTATION.md``: issue 10). Only a clause of nothing but the count, a
word describing the person (老, 退休: :func:`.occupation_titles.past_describer`) and
the occupation is read: a body or any other word in it (作为华湘电机的…, 作为全国最大…)
leaves it alone.
"""

from __future__ import annotations

import re

from gonghui_build.extract.people.appointed_subjects import subject_after_clause
from gonghui_build.extract.people.election_claims import elected_hit
from gonghui_build.extract.people.occupation_titles import (
    OCCUPATION_MAX,
    is_occupation,
    past_describer,
)
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.text.tokenizer import Token

#: The count a role's trade is printed with (作为一名焊工, 身为一位老师傅): one of it.
_COUNT = re.compile(r"(?:一名|一位|一个|名)?")
#: The mark that ends the role's clause and opens the person's.
_COMMA = "，"
#: The longest count (一名) and describing word (普通, 退休) before the occupation: with
#: the occupation and the comma, how far after the role's verb its comma may stand.
_COUNT_MAX = 2
_DESCRIBER_MAX = 2
_CLAUSE_MAX = _COUNT_MAX + _DESCRIBER_MAX + OCCUPATION_MAX + len(_COMMA)


def role_occupation_names(text: str, verb_end: int, tokens: list[Token]) -> list[NameHit]:
    """The name opening the clause after a role's clause whose verb ends at
    ``verb_end`` (作为|一名焊工，|某某), with the occupation as a title of no body; none
    when the clause holds anything else or no name opens the next one."""
    comma = text.find(_COMMA, verb_end, verb_end + _CLAUSE_MAX)
    if comma < 0:
        return []
    count = _COUNT.match(text, verb_end)
    start = count.end() if count else verb_end
    start, title = past_describer(text[start:comma], start)
    if not 2 <= len(title) <= OCCUPATION_MAX or not is_occupation(title):
        return []
    found = subject_after_clause(text, comma, tokens, timed=False)
    if found is None:
        return []
    claim = TitleClaim(title, title, None, None, start, comma, described=True)
    return [elected_hit(found[0], found[1], (claim,))]
