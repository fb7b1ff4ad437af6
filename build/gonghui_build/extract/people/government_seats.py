"""A district's or a county's head printed right after the place's own name
(``某区副区长某某``, ``某县常务副县长某某``): the post is held at the place's people's
government (某区人民政府), the administration the place names there, not at the place
itself, which is no organisation (``titles.yaml`` place_government_heads: the sources and
the tuning gold). A city's head and a bare 区长 are left as they were read."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.text import places


def _heads_the_place(title: str, place: str) -> bool:
    """Whether ``title`` (副区长, 常务副县长) heads a place of the level ``place`` ends
    with (区, 县, 旗): the level word of the title's base is the place's own."""
    heads = lexicon.words("titles.yaml", "place_government_heads")
    base = heads.ending(title)
    return base is not None and place.endswith(base[0])


def _ends_with_county_level_place(written: str) -> bool:
    """Whether ``written`` is a place's name alone (麒麟区, 曲靖市麒麟区): its last
    division a county-level one, printed in full, ending the name."""
    found = places.find_places(written)
    if not found or found[-1].end != len(written) or not found[-1].full:
        return False
    covered = sum(m.end - m.start for m in found)
    county = any(d.level == places.COUNTY for d in found[-1].divisions)
    return county and covered == len(written)


def government_seat(claim: TitleClaim) -> str | None:
    """The government a district's or a county's head printed after the place's name
    is held at (麒麟区 + 人民政府), the name to resolve in place of the place's printed
    name (which stays the printed form); None for any other claim."""
    written = claim.org_written
    if not written or not _heads_the_place(claim.title_normalised, written):
        return None
    if not _ends_with_county_level_place(written):
        return None
    return written + lexicon.words("titles.yaml", "place_government").words[0]
