"""Short forms opening with a level word, read against the places the article names:
``市委`` alone is this city's committee, ``区总工会`` the federation of the district named
nearest before, ``省总工会`` the province's; where the article names no such place, the
fuller name it prints that ends with the short form, else the short form as printed.
Split from :mod:`.context` (the reading of every short form) by job."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gonghui_build import reference as lexicon
from gonghui_build.extract.facts import ResolvedOrg
from gonghui_build.extract.organisations.names import current_name, district_of, suffix_of, words
from gonghui_build.text import places
from gonghui_build.vocabulary import OrgType, ResolvedBy

if TYPE_CHECKING:
    from gonghui_build.extract.organisations.article_context import ArticleContext


def parallel_body(written: str, kind: OrgType, offset: int, context: ArticleContext):
    """市委 alone is this city's committee; 区委 the district's; 镇委 the town's, read
    back from the full name printed before (a town is no division of the gazetteer). A
    county renamed since takes its current name, as its federation printed in full does
    (ANNOTATION.md: renamed bodies take the current name)."""
    if written[0] not in places.LEVEL_KINDS:
        name, how = as_printed(written, offset, context)  # 镇委 after 某镇委书记
        return ResolvedOrg(name, how, district_of(name), kind)
    if words("city_prefixes").starting(written):
        city = context.city()
        if city is None:
            return ResolvedOrg(written, ResolvedBy.unplaced, None, kind)
        how = ResolvedBy.alias if city == lexicon.places().city else ResolvedBy.context
        return ResolvedOrg(city + written[1:], how, None, kind)
    district = _district_of_level(written[0], offset, context)
    if district is None:  # 县委 where no county is named
        name, how = as_printed(written, offset, context)
        return ResolvedOrg(name, how, district_of(name), kind)
    # 县委 of a county renamed since (双城县 → 哈尔滨市双城区): the current name; 州委 of a
    # prefecture the article prints as 楚雄州: that form, as its other bodies take it
    name, _ = current_name(context.as_printed_division(district) + written[1:], kind)
    return ResolvedOrg(name, ResolvedBy.context, district_of(name), kind)


def as_printed(written: str, offset: int, context: ArticleContext) -> tuple[str, ResolvedBy]:
    """A short form whose place the article does not name: the full name it prints
    that ends with it (区总工会 after 某区总工会, a district the place reference no
    longer holds), else the body as printed, not lost."""
    longer = [(pos, n) for pos, n in context.orgs if n.endswith(written) and n != written]
    before = [n for pos, n in longer if pos <= offset]
    if before or longer:
        return (before or [longer[0][1]])[-1], ResolvedBy.context
    return written, ResolvedBy.exact


def _own_full_name_before_page(written: str, offset: int, context: ArticleContext) -> bool:
    """Whether a 区/县 short form's body is one the article itself prints in full
    (宣武区总工会 … 区总工会) while naming no district or county of the reference: the
    article's own name is meant, not the one district another article of the page names
    (a former district, merged away, is no longer in the reference)."""
    if context.districts or context.county_before(written[0], offset) is not None:
        return False
    return any(n.endswith(written) and n != written for pos, n in context.orgs if pos <= offset)


def own_former_district(level: str, offset: int, context: ArticleContext) -> str | None:
    """The district (or county) an item names only in its own federation's full name
    (宣武区总工会, 崇文区总工会: merged away, so no district of the reference nor a
    place of China), where it names no district, county or place the reference holds:
    its 区职工大学 and 区委 are that district's, not those of the one district another
    item of its page names. The one printed last before ``offset``, else the first."""
    if level not in words("district_markers") or context.districts:
        return None
    page = context.page
    if page is None or not (page.districts or page.places):
        return None  # no other item's place to be read instead: the short form as before
    if context.county_before(level, offset) is not None:  # a place of China named before
        return None
    federation = words("federation_suffix").words[0]
    named = [
        (pos, name[: -len(federation)])
        for pos, name in context.orgs
        if name.endswith(level + federation) and 3 <= len(name) - len(federation) <= 4
    ]
    bare = (*words("district_markers"), *words("level_markers"))  # 自治区总工会: a short form
    named = [(pos, d) for pos, d in named if not d.startswith(bare)]
    before = [d for pos, d in named if pos <= offset]
    if before:
        return before[-1]
    return named[0][1] if named else None


def _district_of_level(level: str, offset: int, context: ArticleContext) -> str | None:
    """The district, county or division a short form opening with the level word
    ``level`` (区, 县) at ``offset`` is of: the item's own former district
    (:func:`own_former_district`), the district named nearest before, the county of that
    level named before, or the page's division; None when the article names none."""
    return (
        own_former_district(level, offset, context)
        or context.district_before(offset)
        or context.county_before(level, offset)
        or context.division(level)
    )


def place_of_short_form(written: str, suffix: str, offset: int, context: ArticleContext):
    """(name, how) of a name opening with 区 or 县 (the district named nearest before)
    or with 市 (this paper's city); as printed when the article names no such place."""
    body = written[: -len(suffix)]
    city = lexicon.places()
    level = words("level_markers").starting(body)
    if level and not district_of(written) and not places.lookup(body):
        # 省总工会, 州总工会, 自治区总工会: the province or prefecture the article names
        # (the body as printed where the article and its page name none)
        division = context.division(level)
        if division is None:
            return as_printed(written, offset, context)
        return context.as_printed_division(division) + written[len(level) :], ResolvedBy.context
    if words("district_markers").starting(body) and not district_of(written):
        if _own_full_name_before_page(written, offset, context):
            return as_printed(written, offset, context)
        district = _district_of_level(body[0], offset, context)
        if district is None:
            # 县总工会 where no county is named (the page may name its city)
            return as_printed(written, offset, context)
        school = words("party_school").words[0]  # 委党校: the committee's word, the school
        if school[1:] == suffix and body in words("district_markers"):
            # a party school belongs to the Party committee: 区党校 is 某区委党校
            return district + school, ResolvedBy.context
        return district + written[1:], ResolvedBy.context
    if not district_of(written) and not written.startswith(city.city):
        for prefix in words("city_prefixes"):  # 北京X names stay as printed: 北京汽车集团
            if written.startswith(prefix) and len(written) > len(prefix) + 1:
                named = context.city()
                if named is None:  # a page from elsewhere that shows no place
                    return written, ResolvedBy.unplaced
                how = ResolvedBy.alias if named == city.city else ResolvedBy.context
                return named + written[len(prefix) :], how
    town = town_of_short_form(written, offset, context)
    return (town, ResolvedBy.context) if town else (written, ResolvedBy.exact)


#: Level words of ``place_suffixes`` that open common words too (乡村, 乡镇), so never a
#: short form of a body of their own level.
_OPENS_WORDS = ("乡",)


def town_of_short_form(written: str, offset: int, context: ArticleContext) -> str | None:
    """镇人力资源分局劳动监察中队 in an item that names 长安镇 (长安镇总工会) before it:
    the town's body, its town's name put before the level word (ANNOTATION.md: short forms
    are completed from context; a town is no division of the gazetteer, so no district
    reading completes it); None where the article names no town before, or where the
    short form opens with a place's name (镇江市…)."""
    levels = [w for w in words("place_suffixes").words if w not in _OPENS_WORDS]
    levels += words("village_endings").words  # 村工会 after 某镇某村工会: the village's
    level = next((w for w in levels if written.startswith(w)), None)
    rest = written[len(level) :] if level else ""
    if not rest or suffix_of(rest) is None:
        return None
    if any(m.start == 0 for m in places.find_places(written)):
        return None
    town = context.org_before(offset, (level,))
    if not town or not town.endswith(level) or len(town) <= len(level):
        return _printed_in_full(written, offset, context)
    return town + rest


def _printed_in_full(written: str, offset: int, context: ArticleContext) -> str | None:
    """The last name printed before ``offset`` that ends with the short form ``written``
    and names its place before it, in two characters at least (某镇某村工会联合会 for
    村工会联合会; one more character, 各村工会联合会, names no place): a body whose ending
    no union word strips to its place, so :meth:`.ArticleContext.org_before` finds no
    place, is still the body printed in full."""
    longer = [n for pos, n in context.orgs if pos < offset and n.endswith(written)]
    return next((n for n in reversed(longer) if len(n) > len(written) + 1), None)


def enterprise_county_as_printed(name: str, context: ArticleContext) -> str:
    """县印刷厂 in an item that names 通县 (通县总工会): an enterprise a short form of a
    county names keeps the county's name the item prints (通县印刷厂), not that of the
    district the county became (通州区): an enterprise keeps the name it was registered
    under (``reference/renamings.yaml``), as its full name printed does."""
    for d in lexicon.places().districts:
        printed = d.former and any(w.startswith(d.former) for _, w in context.orgs)
        if printed and name.startswith(d.name):
            return d.former + name[len(d.name) :]
    return name


def without_province(name: str) -> str:
    """A district's body printed with its province and city (浙江省宁波市北仑区总工会,
    广西南宁市某区某中心): named in its city's form (宁波市北仑区总工会), the province
    adding nothing to a district its city already places. A city's own body
    (某省某市总工会) is left as printed."""
    found = places.find_places(name)[:3]
    if len(found) < 3 or found[0].start != 0:
        return name
    province, city, district = places.divisions().settle(found)
    adjacent = found[0].end == found[1].start and found[1].end == found[2].start
    chain = district.parent == city.code and city.parent == province.code
    levels = (province.level, city.level, district.kind)
    wanted = (places.PROVINCE, places.PREFECTURE, places.LEVEL_KINDS["区"][0])
    if adjacent and chain and levels == wanted and province.kind != places.MUNICIPALITY:
        return name[found[1].start :]
    return name
