"""A delivery firm's station printed right before its head's title (``顺风速运川东站站长
某某``, ``快马同城配送西湖站站长某某``): the brand, a trade word (``org_suffixes.yaml``
brand_trades), the station's place and the outlet's word (brand_outlets: 站). The grammar
reads no suffix in it (a courier's 站 is too common a character to be one), so the head
was left with no body; a reader takes the whole phrase as the station the head heads
(``tests/fixtures/ANNOTATION.md``: the body is the unit the post is held at). Only a
phrase opening its clause and holding a brand before the trade word is read, so that a
verb or a place before a bare 站 (来到|某站, 全市|各站) is never a station's name."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.chain_inherits import headed_unit
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text.clauses import phrase_opening

#: What opens the phrase of a station's name: a mark, a space, a joining word.
_OPENERS = frozenset("，。；：、！？“”‘’（）()《》【】 \n\t的和与及")
#: The longest phrase of a brand, a trade word, a place and the outlet (某某同城配送某某站).
_PHRASE_MAX = 12
#: The shortest brand before the trade word (顺风|速运): one character is no brand.
_BRAND_MIN = 2
#: The longest place between the trade word and the outlet (速运|川东|站).
_PLACE_MAX = 4


def _station_start(text: str, end: int, outlet: str) -> int | None:
    """Where a delivery firm's station ending at ``end`` with ``outlet`` opens its
    clause (brand, trade word, place, outlet), or None when the phrase is no such name."""
    start = phrase_opening(text, end, _PHRASE_MAX, _OPENERS)
    phrase = text[start:end]
    if end - start > _PHRASE_MAX or not phrase.endswith(outlet):
        return None
    openers = ("own_places", "determiners", "generic_bodies")
    if any(lexicon.words("org_suffixes.yaml", key).starting(phrase) for key in openers):
        return None
    trades = lexicon.words("org_suffixes.yaml", "brand_trades")
    for cut in range(_BRAND_MIN, len(phrase)):
        trade = trades.starting(phrase[cut:])
        if trade is None:
            continue
        place = phrase[cut + len(trade) : -len(outlet)]
        return start if len(place) <= _PLACE_MAX else None
    return None


def at_brand_station(claim: TitleClaim, p: Paragraph) -> TitleClaim:
    """``claim``, a station head's title, held at the firm's station printed right
    before it: of no body, or of that same phrase read as a body the grammar does not
    know (快马同城配送西湖站), which is then taken as printed; as it was otherwise."""
    unit = headed_unit(claim.title_normalised)
    outlets = lexicon.words("org_suffixes.yaml", "brand_outlets")
    if unit is None or unit not in outlets:
        return claim
    written, at = claim.org_written, claim.org_offset
    end = claim.start if written is None or at is None else at + len(written)
    start = _station_start(p.text, end, unit)
    if start is None or (written is not None and at != start):
        return claim
    body = p.text[start:end]  # taken as printed, as a roster line's unit is
    return replace(claim, org_written=body, org_offset=start, start=start, from_caption=True)
