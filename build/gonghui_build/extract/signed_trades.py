"""The trade a worker signs a letter with before the name (``钢筋工 某某``): the
author's title with no organisation, as an occupation printed before a person's name
in the text is (``tests/fixtures/ANNOTATION.md``: issue 10, occupations before the name
are the person's title; an author's byline stating a post gives the author positions).
No chain of ``titles.yaml`` reads a trade, so the byline's reading keeps none."""

from __future__ import annotations

from gonghui_build.extract.people.occupation_titles import OCCUPATION_MAX, is_occupation
from gonghui_build.extract.people.titles import TitleClaim


def trade_and_name(text: str) -> tuple[str, str] | None:
    """The trade and the name of a line a worker signs (``钢筋工 某某``: two parts apart by
    a blank, the first ending like an occupation), or None. One reading of the shape for
    the layout, where the line closes a letter (:mod:`.layout.signatures`), and for the
    byline, where the trade is the author's title (:func:`signers_trade`)."""
    parts = text.split()
    if len(parts) != 2 or not is_occupation(parts[0]):
        return None
    return parts[0], parts[1]


def signers_trade(text: str, name: str) -> TitleClaim | None:
    """The trade printed alone before the signer's name on a byline's line (``钢筋工
    某某``: :func:`trade_and_name`, the name the signer's), or None; a longer run than
    an occupation is (``OCCUPATION_MAX``) names a unit as well."""
    signed = trade_and_name(text)
    if signed is None or signed[1] != name:
        return None
    trade = signed[0]
    if not 2 <= len(trade) <= OCCUPATION_MAX:
        return None
    start = text.index(trade)
    return TitleClaim(trade, trade, None, None, start, start + len(trade), described=True)
