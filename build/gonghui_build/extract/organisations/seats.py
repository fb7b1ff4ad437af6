"""A town's or street's body outside the paper's city, given the district or county its
article names.

ANNOTATION.md: streets and towns take their district when the text gives it anywhere in
the article (`某区某镇总工会`). Papers and sites print the short form because the
dateline or the opening sentence already said where: a district site's visit to a
town's federation (`九江镇总工会` on a page about 南海区), a county's brief on a street's
service station, a city paper's street union under its district's report. The paper's
own city is read by :meth:`~.article_context.ArticleContext.district_before`. A county's body
is not given its city: the sets keep `某区总工会` as printed even where the article names
the city (real_dev, real_dev3, real_dev5, real_dev7 against real_dev6, real_dev11).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import words
from gonghui_build.text import places
from gonghui_build.text.places import COUNTY, Division


def with_named_county(name: str, suffix: str, places_named: list[Division]) -> str:
    """``name`` (a body ending with ``suffix``) holding a town's or street's name and
    no place before it, with the one county-level division the article names
    prefixed; unchanged when the article names none or several, or that division is
    a district of the paper's own city."""
    body = name[: -len(suffix)] if suffix else name
    if not _names_town(body) or _opens_with_place(body):
        return name
    counties = {d.code: d for d in places_named if d.level == COUNTY}
    if len(counties) != 1:
        return name
    county = next(iter(counties.values()))
    return name if _in_paper_city(county) else county.name + name


def _names_town(body: str) -> bool:
    """Whether ``body`` holds a town's or street's name (九江镇…, 桂城街道…): a place
    word after two characters at least (not 乡村振兴局, 城镇…)."""
    return any(body.find(p) >= 2 for p in words("place_suffixes"))


def _opens_with_place(body: str) -> bool:
    """Whether ``body`` is already placed: a place opens it (偃师区首阳山街道; a short
    form too, 东湖县…, save one that is the town's own name, 九江镇), or a level word
    stands before its town (某市某街道: a city the gazetteer may not hold; the level
    words of 省总工会, 市总工会…, ``places.LEVEL_KINDS``)."""
    town = min(body.find(p) for p in words("place_suffixes") if body.find(p) >= 2)
    if any(level in body[:town] for level in places.LEVEL_KINDS):
        return True
    return any(
        m.start == 0 and (m.full or not body.startswith(tuple(words("place_suffixes")), m.end))
        for m in places.find_places(body)
    )


def _in_paper_city(d: Division) -> bool:
    """A district of the paper's own city, whose bodies are read by the district
    named before them (its own rule)."""
    city = places.divisions().city_of(d)
    return city is not None and city.name == lexicon.places().city
