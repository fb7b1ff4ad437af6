"""The trade a worker signs a letter with before the name (``钢筋工 某某``): the
author's title with no organisation, as an occupation printed before a person's name
in the text is (``tests/fixtures/ANNOTATION.md``: issue 10, occupations before the name
are the person's title; an author's byline stating a post gives the author positions).
No chain of ``titles.yaml`` reads a trade, so the byline's reading keeps none."""

from __future__ import annotations

from gonghui_build.extract.people.occupation_titles import OCCUPATION_MAX, is_occupation
from gonghui_build.extract.people.titles import TitleClaim


def signers_trade(text: str, name: str) -> TitleClaim | None:
    """The trade printed alone before the signer's name on a byline's line (``钢筋工
    某某``: two parts apart by a blank, the name the last), or None."""
    parts = text.split()
    if len(parts) != 2 or parts[1] != name:
        return None
    trade = parts[0]
    if not 2 <= len(trade) <= OCCUPATION_MAX or not is_occupation(trade):
        return None
    start = text.index(trade)
    return TitleClaim(trade, trade, None, None, start, start + len(trade), described=True)
