"""The body a segment of a title chain completes from the body before it in the chain.

A short form or a bare body after a place's body is that place's: ``某县委副书记、总工会
主席`` (the county's federation), ``某省人大常委会副主任、省总工会主席`` (the province's),
``某镇党委副书记、镇工会主席`` (the town's, its level once), ``某市总工会副主席、交通建设
工会主席`` (the city's industry union), ``某局工会副主席、工会办公室主任`` (the union's
department).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import (
    is_bare_suffix,
    is_department,
    org_type,
    suffix_of,
    words,
)
from gonghui_build.text import places
from gonghui_build.vocabulary import OrgType


def place_of(body: str) -> str | None:
    """The place whose Party committee, congress, government or CPPCC ``body`` is, or
    holds (某县委 → 某县, 某省人大常委会 → 某省, 某市委统战部 → 某市, 县委 → 县): a
    bare body after it in a chain is that place's (某县委副书记、总工会主席), a short
    form of the same level too (某省人大常委会副主任、省总工会主席)."""
    for k in range(1, len(body)):
        opens = words("parallel_bodies").starting(body, k - 1) or words("full_bodies").starting(
            body, k
        )
        if opens is None:
            continue
        party = words("party_names").starting(body)
        place = body[len(party or "") : k]
        if place and words("place_markers").ending(place):
            return _without_doubled_level(place)
    return None


def _without_doubled_level(place: str) -> str:
    """A county whose own name ends with its level (茂县) prints its committee with the
    level again (茂县|县委, 茂县|县人大常委会): the place is the name, once (茂县), so a
    federation after it in a chain is 茂县总工会, never 茂县县总工会."""
    name = place[:-1]
    if len(name) >= 2 and name[-1] == place[-1] and words("place_markers").ending(name):
        return name
    return place


def place_level_of(body: str) -> str | None:
    """The town, street, district or county ``body`` is (青龙湖镇), or whose Party
    working committee it is (某街道党工委 → 某街道): a bare body after it in a chain is
    that place's (某街道党工委副书记、总工会主席)."""
    committee = words("place_committees").ending(body)
    place = body[: -len(committee)] if committee else body
    return place if words("place_levels").ending(place) else None


def place_of_committee(body: str) -> str:
    """``某街道党工委`` → ``某街道``: a street's or zone's Party working committee before a
    bare 工会 title in its chain (某街道党工委副书记、工会主席) names the place whose union
    it is (某街道工会), as the committee's other bare posts are the place's (办事处主任 at
    某街道办事处); any other body as it is."""
    committee = words("place_committees").ending(body)
    place = place_level_of(body) if committee and committee != body else None
    return place or body


def union_after(body: str) -> str:
    """The union a bare 工会 title after ``body`` in a chain is held at, without its 工会
    when it is the body's own: a place's Party committee, congress, CPPCC or government
    (某县委常委、工会主席; 某区人大常委会副主任、工会主席) has no union of its own a chain
    prints so, the post is the place's federation's (某县总工会), as 总工会 printed there
    is; a street's working committee names its street's (某街道工会); any other body its
    own (某厂 → 某厂工会)."""
    place = place_of(body)
    if place is not None:
        return place + words("federation_suffix").words[0]
    return place_of_committee(body) + lexicon.titles().union_body


def place_short_form(org_text: str, inherited: str) -> str | None:
    """``某镇党委副书记、镇工会主席``, ``某街道党工委副书记、街道总工会主席``,
    ``青龙湖镇…、总工会主席``: a bare body (``is_bare_suffix``), or one opening with the
    level of the town, street or county the body before it in the chain is (or whose
    Party working committee it is), is that place's body: the level word printed again
    is the place's own, no second place (某镇工会, never 某镇镇工会); None when the body
    before names no such place or the short form names more than a bare body after its
    level."""
    place = place_level_of(inherited)
    # looked up whatever the place: the reference files' usage report counts lookups
    level = words("place_levels").starting(org_text)
    if place is None and level is not None:
        place, rest = _place_of_its_unit(inherited), org_text[len(level) :]
        bare = place and place.endswith(level) and is_bare_suffix(rest)
        return place + rest if bare else None  # 某镇武装部部长、镇总工会主席
    if place is None:
        return None
    if level is not None and place.endswith(level):
        rest = org_text[len(level) :]
        if not rest or is_bare_suffix(rest):
            return place + rest
    return place + org_text if is_bare_suffix(org_text) else None


def _place_of_its_unit(body: str) -> str | None:
    """The town, street or county a unit of its own is named after (某镇武装部, 某镇卫生院
    → 某镇): in a town's chain (镇党委委员、武装部部长、镇总工会主席) the level word of a
    later short form (镇总工会) is the town the unit before it names, as after the town
    itself (seen so on a town's consolation report, s40); None for any other body."""
    suffix = suffix_of(body)
    stem = body[: -len(suffix)] if suffix else ""
    return place_level_of(stem) if stem else None


def completed_short_form(org_text: str, inherited: str) -> str:
    """A short form that opens with a level (省总工会, 市委统战部) after a body of a
    named place of that level in the same chain is that place's: 某省人大常委会副主任、
    省总工会主席 holds the chair of 某省总工会."""
    place = place_of(inherited)
    level = words("place_markers").starting(org_text)
    if place is None or level is None or org_text == level:
        return org_text
    named = place[: place.rfind(level) + len(level)] if level in place else ""
    if len(named) <= len(level) or not named.endswith(level):
        return org_text
    return named + org_text[len(level) :]


def union_department(org_text: str, inherited: str) -> str | None:
    """``某局工会副主席、工会办公室主任``: a department printed after the word 工会, right
    after a union's title in a chain, is that union's department (办公室)."""
    union = lexicon.titles().union_body
    if not inherited.endswith(union) or not org_text.startswith(union):
        return None
    department = org_text[len(union) :]
    return department if department and is_department(department) else None


def federations_place(org_text: str, inherited: str) -> str | None:
    """``某市总工会副主席、交通建设工会主席``: an industrial union named with no place,
    right after a place's federation in a chain, is that place's (某市交通建设工会);
    the place, or None when the union names a place of its own or the body before is
    no federation of a place."""
    union = lexicon.titles().union_body
    federation = words("federation_suffix").ending(inherited)
    if (
        not federation
        or not org_text.endswith(union)
        or words("federation_suffix").ending(org_text)
    ):
        return None
    industry = org_text[: -len(union)]
    if not industry or org_type(org_text) != OrgType.union or places.find_places(org_text):
        return None
    if any(suffix_of(industry, k) for k in range(1, len(industry) + 1)):
        return None  # 某某公司工会: an enterprise's union, no industry's
    if words("place_markers").starting(industry):
        return None  # 省教育工会: a short form of its own level
    place = inherited[: -len(federation)]
    marker = words("place_markers").ending(place)
    return place if marker and len(place) > len(marker) else None
