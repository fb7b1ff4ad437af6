"""A list of places counted before the suffix they share: ``甲、乙、丙、丁四家分公司`` is four
branches, the count (四家) no part of the last one's name. The model read the last place,
the count and the suffix as one name (丁四家分公司), and the list was lost: the places
before it share a suffix only with a place (:mod:`.lists`). Seen on a tuning page of a
gas company's union visiting its branches (session 52, orgs39).

The count is dropped only when it is the number of the places listed with it, so that a
name holding a number (第四分公司, 三家村分公司 read otherwise) is kept as printed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from gonghui_build.extract.organisations.lists import shared_suffix_members
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.text.numbers import COUNT_NUMERALS, numeral_value
from gonghui_build.text.tokenizer import Token

#: A count of bodies at the end of a name's body: a numeral, then a measure of bodies.
_COUNT = re.compile(rf"(?P<number>[{COUNT_NUMERALS}]{{1,3}}|\d{{1,2}})(?:家|个|所)$")


def _uncounted(span: OrgSpan) -> tuple[OrgSpan, int] | None:
    """``span`` with the count before its suffix dropped (丁四家分公司 → 丁分公司, 4), if
    its body ends with one after at least two characters of a name."""
    m = _COUNT.search(span.body)
    if m is None or m.start() < 2:
        return None
    number = numeral_value(m.group("number"))
    if number is None:
        return None
    written = span.body[: m.start()] + span.suffix
    return replace(span, written=written), number


def without_list_counts(text: str, spans: list[OrgSpan], tokens: list[Token]) -> list[OrgSpan]:
    """``spans`` with the count dropped from the last name of a list of places that
    shares its suffix, when the count is the list's length (河西、南开、东丽、滨海四家分公司:
    四 places); the span still covers what the page prints."""
    out: list[OrgSpan] = []
    for span in spans:
        found = _uncounted(span)
        if found is not None:
            bare, number = found
            if number >= 2 and len(shared_suffix_members(text, [bare], tokens)) == number:
                span = bare
        out.append(span)
    return out
