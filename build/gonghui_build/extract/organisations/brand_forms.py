"""A company named by its brand alone in an article that prints its union.

Reports of an enterprise's union print the union by the company's whole registered name
(北京某某能源集团有限公司工会) and the company itself, further on, by its short name: the
brand and trade between its place and its form (某某能源现有…, 在某某微电子，…). The
company is then an organisation of the article beside its union (ANNOTATION.md: one
entry per body; the tuning sets list X and X工会 apart where X is named on its own, and
leave X out where it is named only as the holder of its union).
The grammar reads no name there, the brand having no suffix.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.facts import OrgFact, ResolvedOrg
from gonghui_build.extract.organisations.names import words
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text import places
from gonghui_build.text.clauses import overlaps_any
from gonghui_build.text.tokenizer import occurrences
from gonghui_build.vocabulary import OrgType, ResolvedBy

#: A short name of fewer characters is too often a word of the sentence (a brand of
#: two characters: 华通 beside 华通路).
_MIN_BRAND = 4

#: A brand printed where: (paragraph, start, end, the company).
BrandMention = tuple[Paragraph, int, int, ResolvedOrg]


def owner_of_union(name: str) -> str | None:
    """北京某某科技有限公司工会 → 北京某某科技有限公司, 济南某某建工集团工会 → 济南某某建工
    集团: the registered company or the enterprise group whose union ``name`` is (its
    name ends with a registered form or a group's before 工会), or None."""
    union = words("union_suffix").ending(name)
    if union is None:
        return None
    owner = name[: -len(union)]
    registered = words("registered_forms").ending(owner) or words("group_forms").ending(owner)
    return owner if registered else None


def brand_forms(company: str) -> list[str]:
    """The short names of a registered ``company`` (place + brand + trade + form,
    《企业名称登记管理规定》): the words between its place and its form (company_forms,
    集团有限公司 included), and those without a trade short names leave out
    (``dropped_trades``: 科技), longest first; none shorter than four characters, and
    none that ends with a venue's word (某某物流基地: the place where things are held)."""
    form = words("company_forms").ending(company) or words("group_forms").ending(company) or ""
    core = company[: len(company) - len(form)]
    opening = [m for m in places.find_places(core) if m.start == 0]
    if opening:
        core = core[max(m.end for m in opening) :]
    else:
        prefix = words("name_prefixes").starting(core)
        core = core[len(prefix) :] if prefix else core
    forms = [core]
    trade = words("dropped_trades").ending(core)
    if trade:
        forms.append(core[: -len(trade)])
    venues = lexicon.words("activities.yaml", "venues")
    return [f for f in forms if len(f) >= _MIN_BRAND and not venues.ending(f)]


def company_of_short_brand(short: str, names: Iterable[str]) -> str | None:
    """中信重工 after 洛阳中信重工机械股份有限公司, 东岭装备 after 东岭装备制造有限公司: the
    last registered company of ``names`` (the article's full names before the short
    one, in order) whose brand and trade open with ``short`` (``brand_forms``, the trade
    cut short as reports cut it: 机械, 制造), four characters or more and printed with
    no suffix; None when none does."""
    if len(short) < _MIN_BRAND:
        return None
    found = None
    for name in names:
        if not words("company_forms").ending(name):
            continue
        if any(form.startswith(short) for form in brand_forms(name)):
            found = name
    return found


def companies_by_brand(
    paragraphs: Sequence[Paragraph], facts: Iterable[OrgFact]
) -> list[BrandMention]:
    """Where the article prints the brand of a company whose union it names, outside
    every name found (in 某某能源热力分公司工会 the brand is the branch's): the company,
    at each such place."""
    facts = list(facts)
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)  # paragraph → spans
    for f in facts:
        taken[f.span.paragraph].append((f.span.text_start, f.span.text_end))
    out: list[BrandMention] = []
    companies = {owner for f in facts if (owner := owner_of_union(f.resolved.name))}
    for company in sorted(companies):
        resolved = ResolvedOrg(company, ResolvedBy.exact, None, OrgType.company)
        wholes = {
            p.seq: [(s, s + len(company)) for s in occurrences(p.text, company)] for p in paragraphs
        }
        for brand in brand_forms(company):
            for p in paragraphs:
                whole = wholes[p.seq]
                for at in occurrences(p.text, brand):
                    end = at + len(brand)
                    inside = overlaps_any(at, end, taken[p.seq])
                    if not inside and not any(s <= at and end <= e for s, e in whole):
                        taken[p.seq].append((at, end))
                        out.append((p, at, end, resolved))
    return out


def brands_printed(article: str, names: Iterable[tuple[int, str]]) -> tuple[tuple[int, str], ...]:
    """Where the ``article``'s text prints again, by its brand alone, a registered company
    it named in full before (``names``: offset, name as written): each such place with
    the company. A paragraph about one of several companies listed before names its own
    by the brand (某某钢铁炼铁厂高炉工长, 进入某某供水工作) before a bare 公司 that is that
    company's (现任公司首席技师), not the one listed last."""
    out: list[tuple[int, str]] = []
    for pos, name in names:
        if not words("company_forms").ending(name):
            continue
        for brand in brand_forms(name):
            out += [(at, name) for at in occurrences(article, brand) if at >= pos + len(name)]
    return tuple(sorted(set(out)))
