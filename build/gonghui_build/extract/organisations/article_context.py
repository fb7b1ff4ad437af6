"""What an article names, by offset in its text, that a short organisation name is read
against (:mod:`.context`): its districts, its full names and the places of China it
names, and its page's when it names none."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import FILE, org_type, suffix_of, words
from gonghui_build.text import places
from gonghui_build.text.places import PlaceMention
from gonghui_build.vocabulary import OrgType


@dataclass(frozen=True)
class ArticleContext:
    """What an article names, by offset in its text: districts and full names, and the
    places of China it names (for 省总工会, 州总工会, 市总工会 outside Beijing)."""

    districts: tuple[tuple[int, str], ...] = ()  # (offset, district)
    orgs: tuple[tuple[int, str], ...] = ()  # (offset, name as written)
    places: tuple[PlaceMention, ...] = ()
    #: What the whole page names: read when the article itself names no place (an
    #: entry of a yearbook or a digest under the page's heading, 乌鲁木齐市 … 市总工会).
    page: ArticleContext | None = None
    #: This is a whole page's context (:func:`~.article_places.page_places`), not an article's.
    whole_page: bool = False
    #: The text names the paper's own city by a short form of it (北京, 首都).
    paper_city: bool = False
    #: A company named in full before and printed again by its brand alone (offset, the
    #: company's full name: :func:`.brand_forms.brands_printed`).
    brands: tuple[tuple[int, str], ...] = ()

    def division(self, level: str) -> str | None:
        """The full name of the province, city, prefecture, district or county a bare
        ``level`` word (省, 市, 州, 区…) stands for in this article (or, when it names
        no place, on its page), if it names one."""
        found = places.divisions().resolve(level, self.places) if self.places else None
        if found is None and not self.districts and self.page is not None:
            if not self.places:
                return self.page.division(level)
            return self._page_division_within(level)
        return found.name if found else None

    def as_printed_division(self, name: str) -> str:
        """An autonomous prefecture's name as the article prints it: its short name with
        its level word (黔南州 of 黔南布依族苗族自治州) where the article (or its page)
        prints that and never the full name, as bodies take the fullest form the article
        writes (ANNOTATION.md); the full name otherwise, and any other division as is."""
        mentions = [*self.places, *(self.page.places if self.page else ())]
        printed = {m.text for m in mentions}
        named = places.divisions().by_name.get(name, ())
        if not named or name in printed:
            return name
        short = [f for d in named for f in places.prefecture_forms(d) if f in printed]
        return short[0] if short else name

    def _page_division_within(self, level: str) -> str | None:
        """The page's ``level`` division when every place the article names holds it (an
        entry under 南昌市西湖区总工会…大事记 naming 南昌 only by a firm's name): the two
        agree, so the bare word is the page's, as in an entry naming no place. Not the
        paper's city's districts, which :attr:`districts` reads."""
        page = self.page
        if page is None or not page.places:
            return None
        own = places.divisions().resolve(level, page.places)
        if own is None or places.divisions().province_of(own).name == lexicon.places().city:
            return None
        chain = {own.code}
        up = places.divisions().parent(own)
        while up is not None:
            chain.add(up.code)
            up = places.divisions().parent(up)
        return own.name if all(d.code in chain for d in self._settled) else None

    def county_before(self, level: str, offset: int) -> str | None:
        """The district or county (a bare 区 or 县) of China the article names last
        before ``offset``: in a dense text naming several (某区领导…, 区总工会领导…),
        the short form is of the one just named; None when none is named before."""
        kinds = places.LEVEL_KINDS.get(level, ())
        if not self.places or level not in words("district_markers"):
            return None
        named = [
            d.name
            for m, d in zip(self.places, self._settled, strict=True)
            if m.start <= offset and d.kind in kinds
        ]
        return named[-1] if named else None

    def city(self) -> str | None:
        """The city a bare 市 stands for: the paper's when the article names one of its
        districts (朝阳 is then 朝阳区, not the city of 辽宁), else the city the article
        names, else the one its page names (a yearbook's heading, a paper's name, when
        the article names only a province or none). The paper's city, where none is
        named, only on a page of the paper's city (it names the city or one of its
        districts), else None: a page from elsewhere that shows no place is not guessed
        to be the paper's city. An article read without its page is the paper's."""
        paper = lexicon.places().city
        if self.districts:
            return paper
        named = self.division(words("city_prefixes").words[-1])
        if named is not None:
            return named
        if self.page is not None:
            return self.page.city()
        return paper if not self.whole_page or self.names_paper_city() else None

    def names_paper_city(self) -> bool:
        """Whether this text (a page) names the paper's city or one of its districts."""
        paper = lexicon.places().city
        return (
            self.paper_city
            or bool(self.districts)
            or any(places.divisions().province_of(d).name == paper for d in self._settled)
        )

    def named_divisions(self) -> list[places.Division]:
        """The divisions the article itself names by their full names (not its page's;
        not a short form, 东湖 of an invented 东湖县)."""
        return [d for m, d in zip(self.places, self._settled, strict=True) if m.full]

    @functools.cached_property
    def _settled(self) -> tuple[places.Division, ...]:
        """The division each place mention names, in order: settled once, the mentions
        of a context being fixed, not at every short form read against them."""
        return tuple(places.divisions().settle(self.places)) if self.places else ()

    @functools.cached_property
    def cities_printed_with_districts(self) -> dict[str, str]:
        """District → its city, for each district of another city than the paper's that
        the article prints right after its city's full name (周口市淮阳区): the article's
        fullest form of the district, which its bodies take (区委 → 周口市淮阳区委, as
        淮阳区总工会 printed alone). A district printed only alone keeps no city."""
        paper = lexicon.places().city
        found: dict[str, str] = {}
        pairs = zip(self.places, self._settled, strict=True)
        previous: tuple[PlaceMention, places.Division] | None = None
        for m, d in pairs:
            if previous is not None and previous[0].full and m.full:
                city = places.divisions().city_of(d)
                adjacent = previous[0].end == m.start and city == previous[1]
                district = d.kind in places.LEVEL_KINDS["区"] and city.name != paper
                if adjacent and district and not self._opens_a_unit(m):
                    found.setdefault(d.name, city.name)
            previous = (m, d)
        return found

    def _opens_a_unit(self, district: PlaceMention) -> bool:
        """Whether the district printed with its city opens a firm's or a street's name
        (佛山市顺德区某电器有限公司, 杭州市拱墅区某街道): the city places that unit, not
        the district's own bodies, which the article then prints without it."""
        for pos, name in self.orgs:
            covers = pos <= district.start and pos + len(name) > district.end
            if not (covers or pos == district.end):
                continue
            tail = name[max(district.end - pos, 0) :]
            street = any(level in tail for level in words("place_suffixes"))
            if street or org_type(name) in (OrgType.company, OrgType.union):
                return True
        return False

    def with_printed_city(self, name: str) -> str:
        """``name`` with its district's city before it where the article prints the two
        together (:attr:`cities_printed_with_districts`): 淮阳区委 → 周口市淮阳区委."""
        for district, city in self.cities_printed_with_districts.items():
            if name.startswith(district) and len(name) > len(district):
                return city + name
        return name

    def district_before(self, offset: int) -> str | None:
        """The district named last before ``offset``, else the article's first, else
        the page's when it names one district only."""
        best = None
        for pos, name in self.districts:
            if pos <= offset:
                best = name
        if best or self.districts:
            return best or self.districts[0][1]
        named = {name for _, name in self.page.districts} if self.page else set()
        return named.pop() if len(named) == 1 and self._names_no_other_place() else None

    def _names_no_other_place(self) -> bool:
        """Whether the article names no place but the paper's city (a yearbook's entry
        under 石景山年鉴 naming only 北京 or its firms, 北京某某公司): the page's one
        district, which holds the city's districts only, is then the article's too."""
        paper = lexicon.places().city
        return all(d.name == paper for d in self._settled)

    def org_before(self, offset: int, endings: tuple[str, ...]) -> str | None:
        """The last full name before ``offset`` with one of ``endings``; a union counts
        for its enterprise or place (集团工会 after 北京…集团有限公司工会, 街道总工会
        after 新村街道总工会), a street's Party working committee for its street (街道党工委
        after 新村街道党工委); a company printed again by its brand counts where the brand
        is printed (:attr:`brands`)."""
        best = bare = None
        unions = (*words("federation_suffix"), *words("union_suffix"), *words("place_committees"))
        for pos, name in sorted(self.orgs + self.brands, key=lambda named: named[0]):
            if pos > offset:
                continue
            department = words("departments").ending(name)
            if department and len(department) < len(name):
                name = name[: -len(department)]  # 某局工会|女职工委员会: the body it is of
            if name in endings:
                bare = name  # 局|办公室: the short form itself, only when none is named
                continue
            if name.endswith(endings):
                best = name
                continue
            for union in unions:
                stem = name[: -len(union)]
                if name.endswith(union) and stem.endswith(endings) and not context_kinds(stem):
                    best = stem
                    break
            else:
                best = _street_of_body(name, endings) or _enterprise_of_unit(name, endings) or best
        return best or bare


def _street_of_body(name: str, endings: tuple[str, ...]) -> str | None:
    """东城街道 of 东城街道办事处 or 东城街道精神文明建设委员会: a street's or a town's own
    body names its street (街道总工会 after it is that street's), when the street has a
    name of its own before its level word; None otherwise."""
    for level in words("place_suffixes"):
        at = name.find(level)
        street = name[: at + len(level)]
        common = words("place_level_words").ending(street)  # 城乡, 家乡: no street
        if level in endings and at >= 2 and len(street) < len(name) and not common:
            return street
    return None


@functools.cache
def _unit_opener_kinds() -> frozenset[str]:
    """The endings of the enterprises a unit's opener (公司, 厂: ``unit_openers``) refers
    back to, read once: :meth:`ArticleContext.org_before` asks for every name it passes."""
    return frozenset(k for opener in words("unit_openers") for k in context_kinds(opener))


def _enterprise_of_unit(name: str, endings: tuple[str, ...]) -> str | None:
    """江海电力有限公司 of 江海电力有限公司东关供电所: a unit named with its enterprise
    (a company, a group, a works: ``unit_openers``) names that enterprise, which a bare
    公司 or 该公司 printed after it refers back to, as a street's body names its street;
    the longest such opening, when what follows it is a body of its own (a suffix ends
    it and it holds more than the suffix). None otherwise."""
    if not _unit_opener_kinds().intersection(endings):
        return None
    for end in range(len(name) - 2, 1, -1):
        owner, unit = name[:end], name[end:]
        suffix = suffix_of(unit) or words("inner_unit_endings").ending(unit)
        named = owner.endswith(endings) and owner not in endings
        if named and suffix is not None and len(unit) > len(suffix):
            return owner  # 某发电公司|锅炉班 too: a team before its post names the company
    return None


def context_kinds(short: str) -> tuple[str, ...]:
    """The endings of the full names a short form refers back to: 局工会 → a 局, 校工会
    → a 大学/学院/学校, 医院工会 → a 医院; any bare suffix (集团, 医院, 中心…) refers to
    a name with that ending. Empty for a name that is no short form."""
    kinds = lexicon.table(FILE, "context_suffixes")
    if short in kinds:
        return kinds[short].words
    return (short,) if short in words("bare") else ()
