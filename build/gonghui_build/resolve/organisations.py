"""Organisations across the corpus: one row per organisation under its full, current
name, with its aliases, its parent, and the abbreviations printed in other articles.

Each article has already read its own short forms (区总工会 → 密云区总工会, in
:mod:`gonghui_build.extract.organisations`). Here, in order:

1. every name an article resolved is an organisation; what the article printed, if
   different, is an alias of it (with the reference entry or the article as source);
2. each organisation's parent is added: an enterprise union's enterprise, a street or
   district federation's district federation, a district's city federation;
3. a name printed in one article that abbreviates exactly one full name printed in
   another (北汽集团 → 北京汽车集团有限公司) is merged into it (the same rule as
   within an article: :func:`~gonghui_build.extract.organisations.abbreviations.abbreviations`),
   but a short form that is only the full name's tail (人民医院 of 某区人民医院: the
   name without its place, what every district's hospital prints) takes only a full
   name its own pages print, never another page's body.

A city's short form on a page that shows no place (市总工会, ``resolved_by`` unplaced)
is kept as printed: never merged into a full name printed elsewhere (湖州市总工会) and
given no parent (its city is unknown).
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from gonghui_build import reference as lexicon
from gonghui_build.extract.facts import ArticleFacts, ResolvedOrg
from gonghui_build.extract.organisations.abbreviations import abbreviations
from gonghui_build.extract.organisations.names import (
    FILE,
    district_of,
    org_type,
    parent_of,
    renaming_of,
)
from gonghui_build.ids import organisation_id
from gonghui_build.vocabulary import AliasKind, OrgType, ResolvedBy

_ALIAS_KIND = {
    ResolvedBy.former_name: AliasKind.former_name,
    ResolvedBy.context: AliasKind.contextual,
    ResolvedBy.abbreviation: AliasKind.abbreviation,
}
ABBREVIATION_SOURCE = "an ordered subsequence of the full name printed elsewhere"


@dataclass(frozen=True)
class Organisation:
    organisation_id: str
    name: str
    type: OrgType
    district: str | None
    parent_id: str | None
    articles: frozenset[str]


@dataclass(frozen=True)
class Alias:
    organisation_id: str
    alias: str
    kind: AliasKind
    source: str


@dataclass(frozen=True)
class OrgIdentity:
    """Every organisation of the corpus and how the names articles print map to it."""

    organisations: tuple[Organisation, ...]
    aliases: tuple[Alias, ...]
    merged: dict[str, str]  # id of a name merged into another → the other's id

    def id_of(self, name: str) -> str:
        """The organisation a resolved name (``ResolvedOrg.name``) is."""
        oid = organisation_id(name)
        return self.merged.get(oid, oid)

    @functools.cached_property
    def name_of(self) -> dict[str, str]:
        """Organisation id → its name."""
        return {o.organisation_id: o.name for o in self.organisations}


@dataclass
class OrgCorpus:
    """The organisations as they are gathered, in the order articles name them."""

    entries: dict[str, dict] = field(default_factory=dict)  # id → name, type, district…
    aliases: dict[tuple[str, str], Alias] = field(default_factory=dict)
    articles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    mentions: Counter = field(default_factory=Counter)
    pages: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # id → pages

    def add(self, resolved: ResolvedOrg, written: str | None, article: str) -> str:
        oid = organisation_id(resolved.name)
        entry = self.entries.setdefault(
            oid,
            {
                "name": resolved.name,
                "type": _entry_type(resolved),
                "district": resolved.district,
                "unplaced": resolved.resolved_by == ResolvedBy.unplaced,
            },
        )
        if entry["type"] == OrgType.other and resolved.type != OrgType.other:
            entry["type"] = resolved.type
        if written and written != resolved.name:
            kind = _ALIAS_KIND.get(resolved.resolved_by, AliasKind.short_form)
            source = _alias_source(resolved, written, article)
            self.aliases.setdefault((oid, written), Alias(oid, written, kind, source))
        return oid


def _entry_type(resolved: ResolvedOrg) -> OrgType:
    """The type of a body by its first mention, but a union whose full name is a
    federation's (某市总工会, read from 某市工会 or 市总工会主席) is that federation: the
    name's suffix settles what the mention's grammar read as a plain union."""
    federation = org_type(resolved.name) == OrgType.union_federation
    return (
        OrgType.union_federation if resolved.type == OrgType.union and federation else resolved.type
    )


def _alias_source(resolved: ResolvedOrg, written: str, article: str) -> str:
    if resolved.resolved_by == ResolvedBy.former_name:
        for d in lexicon.places().districts:
            if d.former and written.startswith(d.former):
                return f"reference/districts.yaml: {d.former} → {d.name} ({d.renamed}; {d.source})"
        renaming = renaming_of(written)
        if renaming is not None:
            return f"reference/renamings.yaml: {renaming[0]} → {renaming[1]}"
    if resolved.resolved_by == ResolvedBy.alias:
        return f"reference/{FILE}: city_prefixes (this is a Beijing paper)"
    return f"read in context in article {article}"


def sightings(facts: ArticleFacts) -> Iterator[tuple[ResolvedOrg, str | None, bool]]:
    """Every organisation one article names, in order: (resolved, as read, whether it
    is a mention) — mentions, then titles' organisations, then activities' organisers."""
    for org in facts.orgs:
        yield org.resolved, org.written, True
    for pos in facts.positions:
        if pos.org:
            yield pos.org, pos.org_written, False
    for act in facts.activities:
        if act.organiser:
            yield act.organiser, act.organiser_written, False


def _add_parents(corpus: OrgCorpus) -> dict[str, str]:
    """Each organisation's parent (the parents added are not given parents in turn)."""
    parents = {}
    for oid in sorted(corpus.entries):
        entry = corpus.entries[oid]
        parent = None if entry.get("unplaced") else parent_of(entry["name"], entry["type"])
        if parent:
            pid = organisation_id(parent)
            corpus.entries.setdefault(
                pid, {"name": parent, "type": org_type(parent), "district": district_of(parent)}
            )
            parents[oid] = pid
    return parents


def _merge_abbreviations(corpus: OrgCorpus, parents: dict[str, str]) -> dict[str, str]:
    """Merge each name that abbreviates exactly one other name printed elsewhere into
    it; the merged names become its aliases. Returns old id → new id."""
    ids = {e["name"]: oid for oid, e in corpus.entries.items() if not e.get("unplaced")}
    printed = {name: corpus.mentions[oid] for name, oid in ids.items()}
    merged = {
        ids[s]: ids[f]
        for s, f in abbreviations(ids, printed, weigh_every_name=True).items()
        if _may_read_back(corpus, ids[s], ids[f])
    }
    for old, new in list(merged.items()):
        while new in merged:  # a name merged into one that is merged in turn
            new = merged[new]
        merged[old] = new
    for old, new in merged.items():
        name = corpus.entries.pop(old)["name"]
        corpus.aliases.setdefault(
            (new, name), Alias(new, name, AliasKind.abbreviation, ABBREVIATION_SOURCE)
        )
        corpus.articles[new] |= corpus.articles.pop(old, set())
    for (oid, alias), row in list(corpus.aliases.items()):
        if oid in merged:
            del corpus.aliases[(oid, alias)]
            target = merged[oid]
            if alias != corpus.entries[target]["name"]:
                corpus.aliases.setdefault(
                    (target, alias), Alias(target, alias, row.kind, row.source)
                )
    for child, parent in parents.items():
        parents[child] = merged.get(parent, parent)
    return merged


def _may_read_back(corpus: OrgCorpus, short: str, full: str) -> bool:
    """Whether ``short`` may be read back to ``full``. An abbreviation that keeps the
    name's own words (北汽集团 of 北京汽车集团有限公司) names one body wherever it is
    printed; the full name's tail without its opening words (人民医院, 快递员联合工会)
    is what the same kind of body of every place prints, so it is read back only to a
    full name printed on every page that prints it (never to another page's body)."""
    short_name, full_name = corpus.entries[short]["name"], corpus.entries[full]["name"]
    if not full_name.endswith(short_name):
        return True
    pages = corpus.pages.get(short)
    return bool(pages) and pages <= corpus.pages.get(full, set())


def gather_article(
    corpus: OrgCorpus, facts: ArticleFacts, article: str, page: str | None = None
) -> None:
    """Add the organisations one article names to ``corpus``: articles are gathered in
    page order, each as it is read (``resolve.Gathering``), or all at once. ``page``
    (the article itself if not given) bounds which full names its short forms take."""
    for resolved, written, is_mention in sightings(facts):
        oid = corpus.add(resolved, written, article)
        corpus.pages[oid].add(page or article)
        if is_mention:
            corpus.articles[oid].add(article)
            corpus.mentions[oid] += 1


def organisations_of(corpus: OrgCorpus) -> OrgIdentity:
    """The organisations of a corpus gathered whole (it is used up: merged names leave
    its entries)."""
    parents = _add_parents(corpus)
    merged = _merge_abbreviations(corpus, parents)
    organisations = tuple(
        Organisation(
            oid,
            e["name"],
            e["type"],
            e["district"],
            parents.get(oid),
            frozenset(corpus.articles.get(oid, ())),
        )
        for oid, e in corpus.entries.items()
    )
    return OrgIdentity(organisations, tuple(corpus.aliases.values()), merged)
