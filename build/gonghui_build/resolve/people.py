"""People across the corpus: which articles' mentions of a name are one person.

A name alone does not make a person: nine years of a city paper print namesakes. Each
article's mentions of a name are one *occurrence*, placed by what the article says of
the person: the organisations they hold titles at, or that they sign as a journalist
of the paper. The policy, in page order:

* an occurrence with a title at an organisation joins the person of that name who holds
  a title at the same organisation, its parent or a body inside it (a promotion within
  the federation stays one person); with none, it is a new person — a namesake when the
  name already has one (``namesake_at_other_organisation``);
* a journalist's byline joins the journalist of that name;
* an occurrence that nothing places joins the one person of its name; when the name
  stands for several people it cannot say which, and is kept as a person of its own;
* a partial name (陈女士, 刘师傅, 小张) is a person of its article only, never merged.

Every decision is a row of ``person_merges`` with its rule and reason, so that a merge
(or a split) can be checked and overruled.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field

from gonghui_build.extract.facts import ArticleFacts
from gonghui_build.ids import stable_id
from gonghui_build.resolve.organisations import OrgIdentity
from gonghui_build.vocabulary import AuthorRole, MergeRule

JOURNALIST_ROLES = frozenset(
    {AuthorRole.reporter, AuthorRole.photographer, AuthorRole.correspondent}
)


@dataclass(slots=True)
class Occurrence:
    """One article's mentions of a name, with what places the person. Compact (slots,
    one shared empty set): the build holds one for every name of every article while
    it reads the pages (``resolve.Gathering``)."""

    name: str
    article: str
    orgs: frozenset[str] = frozenset()  # organisations of the titles it states
    journalist: bool = False
    partial: bool = False  # 陈女士: a person of this article only


@dataclass(frozen=True)
class Decision:
    """How one article's mentions of a name were assigned to a person."""

    person_id: str
    article_id: str
    name: str
    rule: MergeRule
    matched_article_id: str | None
    reason: str


@dataclass(frozen=True)
class Person:
    person_id: str
    name: str
    articles: frozenset[str]
    is_journalist: bool
    merge_reason: str | None
    is_partial: bool = False


@dataclass(frozen=True)
class PersonIdentity:
    people: tuple[Person, ...]
    decisions: tuple[Decision, ...]
    person_of: dict[tuple[str, str], str]  # (name, article id) → person id

    def id_of(self, name: str, article: str) -> str:
        return self.person_of[(name, article)]


class PeopleCorpus:
    """Every (name, article) of the corpus as articles are gathered, in page and article
    order (each as it is read, see ``resolve.Gathering``, or all at once): the
    organisations of their titles are kept by name until the organisations of the whole
    corpus are known (:meth:`occurrences`)."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, str], Occurrence] = {}
        self._titled_at: dict[tuple[str, str], list[str]] = defaultdict(list)

    def _at(self, name: str, article: str) -> Occurrence:
        key = (sys.intern(name), article)  # one string a name, however many pages print it
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = Occurrence(*key)
        return found

    def add(self, facts: ArticleFacts, article: str) -> None:
        """One article's mentions, bylines and titles."""
        for person in facts.people:
            self._at(person.name, article).partial |= person.partial
        for author in facts.authors:
            self._at(author.name, article).journalist |= author.role in JOURNALIST_ROLES
        for pos in facts.positions:
            occurrence = self._at(pos.name, article)
            if pos.org:
                self._titled_at[(occurrence.name, article)].append(pos.org.name)

    def occurrences(self, orgs: OrgIdentity) -> list[Occurrence]:
        """Every occurrence, with the organisations of its titles (once, at the end)."""
        for key, names in self._titled_at.items():
            self._found[key].orgs = frozenset(orgs.id_of(name) for name in names)
        return list(self._found.values())


@dataclass
class _Cluster:
    """A person as the policy builds it."""

    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def orgs(self) -> set[str]:
        return {o for occ in self.occurrences for o in occ.orgs}

    @property
    def journalist(self) -> bool:
        return any(occ.journalist for occ in self.occurrences)


def _lineage(orgs: OrgIdentity) -> dict[str, set[str]]:
    """Each organisation with its parents, up the chain."""
    parent = {o.organisation_id: o.parent_id for o in orgs.organisations}
    out: dict[str, set[str]] = {}
    for oid in parent:
        chain, seen = {oid}, oid
        while parent.get(seen) and parent[seen] not in chain:
            seen = parent[seen]
            chain.add(seen)
        out[oid] = chain
    return out


def _related(a: str, b: str, lineage: dict[str, set[str]]) -> bool:
    """The same organisation, or one the parent (or grandparent…) of the other."""
    return a == b or a in lineage.get(b, {b}) or b in lineage.get(a, {a})


def _shared_article(cluster: _Cluster, occ: Occurrence, lineage) -> str:
    """The first article of the person that places them where ``occ`` does."""
    for other in cluster.occurrences:
        if occ.journalist and other.journalist and not occ.orgs:
            return other.article
        if any(_related(a, b, lineage) for a in occ.orgs for b in other.orgs):
            return other.article
    return cluster.occurrences[0].article


def _org_names(ids: set[str], orgs: OrgIdentity) -> str:
    return "、".join(sorted(orgs.name_of.get(i, i) for i in ids))


def _fits(cluster: _Cluster, occ: Occurrence, lineage: dict[str, set[str]]) -> bool:
    by_org = any(_related(a, b, lineage) for a in occ.orgs for b in cluster.orgs)
    return by_org or (occ.journalist and cluster.journalist)


Verdict = tuple[_Cluster, MergeRule, str | None, str]  # person, rule, matched, reason


def _place(occ: Occurrence, clusters: list[_Cluster], lineage, orgs: OrgIdentity) -> Verdict:
    """The person an occurrence placed by a title or a byline is: the one placed alike,
    else a new one."""
    where = f"a title at {_org_names(occ.orgs, orgs)}" if occ.orgs else "signs as a journalist"
    match = next((c for c in clusters if _fits(c, occ, lineage)), None)
    if match is not None:
        matched = _shared_article(match, occ, lineage)
        rule = MergeRule.same_organisation if occ.orgs else MergeRule.journalist
        match.occurrences.append(occ)
        return match, rule, matched, f"{where}, as in article {matched}"
    cluster = _Cluster([occ])
    clusters.append(cluster)
    if len(clusters) == 1:
        return cluster, MergeRule.first_article, None, f"first article of {occ.name}: {where}"
    others = "; ".join(_org_names(c.orgs, orgs) or "a journalist" for c in clusters[:-1])
    reason = f"{where}, unrelated to the namesake's ({others}): another person"
    return cluster, MergeRule.namesake_at_other_organisation, None, reason


def _unplaced(occs: list[Occurrence], clusters: list[_Cluster]) -> list[Verdict]:
    """Occurrences nothing places: the one person of the name, or, when the name stands
    for several people, a person of their own."""
    if not occs:
        return []
    out: list[Verdict] = []
    if len(clusters) == 1:
        target = clusters[0]
        first = target.occurrences[0].article
        for occ in occs:
            target.occurrences.append(occ)
            reason = f"nothing in the article places {occ.name}; one person of that name"
            out.append((target, MergeRule.only_one_of_the_name, first, reason))
        return out
    apart = len(clusters) > 1
    cluster = _Cluster([occs[0]])
    clusters.append(cluster)
    rule = MergeRule.namesake_without_context if apart else MergeRule.first_article
    note = f"{len(clusters) - 1} people have this name" if apart else "nothing places the person"
    out.append((cluster, rule, None, f"first article of {occs[0].name}: {note}"))
    for occ in occs[1:]:
        cluster.occurrences.append(occ)
        rule = MergeRule.namesake_without_context if apart else MergeRule.only_one_of_the_name
        reason = f"nothing in the article places {occ.name}; as in article {occs[0].article}"
        out.append((cluster, rule, occs[0].article, reason))
    return out


def _key(cluster: _Cluster, orgs: OrgIdentity) -> str:
    """What tells a namesake apart, for its identifier."""
    first = cluster.occurrences[0]
    if first.orgs:
        return _org_names(first.orgs, orgs)
    return "journalist" if first.journalist else "unplaced"


def merge_reason(cluster: _Cluster, orgs: OrgIdentity) -> str | None:
    """Why mentions in several articles are one person, in a sentence."""
    articles = {occ.article for occ in cluster.occurrences}
    if len(articles) < 2:
        return None
    seen: dict[str, int] = defaultdict(int)
    for occ in cluster.occurrences:
        for oid in occ.orgs:
            seen[oid] += 1
    shared = {oid for oid, n in seen.items() if n > 1 and oid in orgs.name_of}
    if shared:
        return (
            f"same name in {len(articles)} articles, with a title at "
            f"{_org_names(shared, orgs)} in more than one"
        )
    return f"same name in {len(articles)} articles"


def _partial_person(occ: Occurrence) -> tuple[Person, Decision]:
    """陈女士 names someone of this article only: a person of their own, whatever other
    articles print the same words."""
    pid = stable_id("per", occ.name, occ.article)
    reason = f"{occ.name} is a surname and a form of address: a person of this article only"
    return (
        Person(pid, occ.name, frozenset({occ.article}), occ.journalist, None, is_partial=True),
        Decision(pid, occ.article, occ.name, MergeRule.partial_name, None, reason),
    )


def people_of(found: list[Occurrence], orgs: OrgIdentity) -> PersonIdentity:
    """The people the occurrences of the corpus (:meth:`PeopleCorpus.occurrences`) are."""
    lineage = _lineage(orgs)
    by_name: dict[str, list[Occurrence]] = defaultdict(list)
    people, decisions, person_of = [], [], {}
    for occ in found:
        if occ.partial:
            person, decision = _partial_person(occ)
            people.append(person)
            decisions.append(decision)
            person_of[(occ.name, occ.article)] = person.person_id
        else:
            by_name[occ.name].append(occ)
    for name in sorted(by_name):
        clusters: list[_Cluster] = []
        verdicts = [
            (occ, _place(occ, clusters, lineage, orgs))
            for occ in by_name[name]
            if occ.orgs or occ.journalist
        ]
        unplaced = [occ for occ in by_name[name] if not (occ.orgs or occ.journalist)]
        verdicts += list(zip(unplaced, _unplaced(unplaced, clusters), strict=True))
        ids = {
            id(c): stable_id("per", name)
            if len(clusters) == 1
            else stable_id("per", name, _key(c, orgs))
            for c in clusters
        }
        for occ, (cluster, rule, matched, reason) in verdicts:
            person_of[(name, occ.article)] = ids[id(cluster)]
            decisions.append(Decision(ids[id(cluster)], occ.article, name, rule, matched, reason))
        for c in clusters:
            articles = frozenset(occ.article for occ in c.occurrences)
            people.append(Person(ids[id(c)], name, articles, c.journalist, merge_reason(c, orgs)))
    return PersonIdentity(tuple(people), tuple(decisions), person_of)
