"""Articles, authors, people, organisations and positions of a build scored against the
gold (``tests/fixtures/ANNOTATION.md``).

Matching is at the article level: a gold article is matched to a build article by its
headline (headless digest items in page order), and an item counts as found only in
the article the gold puts it in; everything in an article the build did not find is
missed. An organisation counts as found under its gold name, one of its gold aliases,
or one of those printed forms; a position when the person, the title and the
organisation (by name, alias or printed form) agree.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from gonghui_dev.tally import _norm

if TYPE_CHECKING:
    from gonghui_dev.scoring import Build, Scores

#: A position the build states: (person, title, organisation's name, organisation as written).
FoundPosition = tuple[str, str, str, str]
#: Gold articles' people by name → the build articles they were found in (for merges).
PersonArticles = dict[str, set[str]]
#: Gold organisations by name → (build article, build organisation) pairs (for merges).
OrgArticles = dict[str, list[tuple[str, str]]]


#: Article date bases the gold spells otherwise: the annotators recorded a date the page
#: prints in its furniture under ``same_page`` (``ANNOTATION.md``).
GOLD_BASIS = {"printed_date": "same_page"}


def gold_basis(basis: str) -> str:
    """An article's ``date_basis`` as the gold files spell it."""
    return GOLD_BASIS.get(basis, basis)


def score_people(build: Build, gold_files: list[Path], scores: Scores) -> None:
    """Add the scores of every gold page in ``gold_files`` to ``scores``."""
    person_articles: PersonArticles = defaultdict(set)
    org_articles: OrgArticles = defaultdict(list)
    for path in gold_files:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        _score_page(build, gold, scores, person_articles, org_articles)
    _score_merges(build, person_articles, org_articles, scores)


def headline_keys(articles: list[dict]) -> list[tuple[str, int] | None]:
    """Each article's headline with how many earlier articles of the page print the same
    one, so that a yearbook's repeated entry heading (概况 under each county) matches
    gold and build in page order instead of all gold entries matching the last one;
    None for an article without a headline."""
    seen: defaultdict[str, int] = defaultdict(int)
    keys: list[tuple[str, int] | None] = []
    for a in articles:
        text = _norm(a.get("headline"))
        keys.append((text, seen[text]) if text else None)
        if text:
            seen[text] += 1
    return keys


def match_articles(gold_articles: list[dict], built: list[dict]) -> dict[int, dict | None]:
    """Gold article index → build article, by headline; articles without one (digest
    items) in page order, each build article matched once, a gold item with a byline
    taken by the next headless article printing that byline when there is one."""
    out: dict[int, dict | None] = {}
    by_headline = {k: a for k, a in zip(headline_keys(built), built, strict=True) if k}
    headless = [a for a in built if not a["headline"]]
    next_free = 0
    for i, (g, key) in enumerate(zip(gold_articles, headline_keys(gold_articles), strict=True)):
        if key is not None:
            out[i] = by_headline.get(key)
            continue
        rest = headless[next_free:]
        byline = _norm(g.get("byline"))
        same = [k for k, a in enumerate(rest) if byline and _norm(a.get("byline")) == byline]
        k = same[0] if same else 0
        out[i] = rest[k] if rest else None
        next_free += k + 1 if rest else 0
    return out


def _article_keys(page: str, articles: list[dict]) -> set[tuple]:
    """The articles of a page as the articles table is scored: by headline, a repeated
    headline once for each time it is printed (its ordinal added from the second on), and
    the headless ones as one key, as before."""
    return {
        (page, key[0]) if key and not key[1] else (page, *key) if key else (page, "")
        for key in headline_keys(articles)
    }


def _score_page(
    build: Build,
    gold: dict,
    scores: Scores,
    person_articles: PersonArticles,
    org_articles: OrgArticles,
) -> None:
    page = gold["page"]
    built = build.articles_by_page.get(page, [])
    matched = match_articles(gold["articles"], built)
    scores.articles.add_sets(_article_keys(page, gold["articles"]), _article_keys(page, built), "")
    for i, g in enumerate(gold["articles"]):
        a = matched[i]
        label = f"{page[:3]} {g.get('headline')}"
        for person in g.get("people") or []:
            scores.people_in_matched_articles.add(a is not None, f"{label}: {person['name']}")
        # a missed article's posts are all missed, as its names are
        found = _found_positions(build, a["article_id"]) if a else set()
        _score_positions(g, found, label, scores)
        _score_titled(g, found, label, scores)
        if a is None:
            scores.people.fn += len(g.get("people") or [])
            scores.authors.fn += len(g.get("authors") or [])
            scores.organisations.fn += len(g.get("organisations") or [])
            continue
        _score_article_fields(a, g, label, scores)
        _score_authors_and_people(build, a["article_id"], g, label, scores, person_articles)
        _score_organisations(build, a["article_id"], g, label, scores, org_articles)


def _score_article_fields(a: dict, g: dict, label: str, scores: Scores) -> None:
    scores.article_fields.add(
        (_norm(g.get("kicker")), _norm(g.get("subtitle")), g["kind"])
        == (_norm(a["kicker"]), _norm(a["subtitle"]), a["kind"]),
        f"{label}: gold {g.get('kicker')}/{g.get('subtitle')}/{g['kind']} "
        f"build {a['kicker']}/{a['subtitle']}/{a['kind']}",
    )
    year = int(a["date"][:4]) if a["date"] else None
    scores.article_years.add(year == g["year"], f"{label}: gold {g['year']} build {year}")
    scores.date_basis.add(
        gold_basis(a["date_basis"]) == g["date_basis"],
        f"{label}: gold {g['date_basis']} build {a['date_basis']}",
    )


def _score_authors_and_people(
    build: Build,
    aid: str,
    g: dict,
    label: str,
    scores: Scores,
    person_articles: PersonArticles,
) -> None:
    gold_authors = {(_norm(x["name"]), x["role"]) for x in g.get("authors") or []}
    found_authors = {
        (build.people[r["person_id"]], r["role"])
        for r in build.tables["authors"]
        if r["article_id"] == aid
    }
    scores.authors.add_sets(gold_authors, found_authors, f"{label}: ")
    gold_people = {_norm(p["name"]) for p in g.get("people") or []}
    found_people = {
        build.people[m["person_id"]]
        for m in build.tables["person_mentions"]
        if m["article_id"] == aid
    }
    scores.people.add_sets(gold_people, found_people, f"{label}: ")
    # partial names (陈女士, `partial: true`) are people, but never one person across
    # articles: they take no part in the merge score
    partial = {_norm(p["name"]) for p in g.get("people") or [] if p.get("partial")}
    for name in gold_people - partial:
        if name in found_people:
            person_articles[name].add(aid)


def _score_organisations(
    build: Build, aid: str, g: dict, label: str, scores: Scores, org_articles: OrgArticles
) -> None:
    built_orgs = {
        m["organisation_id"]
        for m in build.tables["organisation_mentions"]
        if m["article_id"] == aid
    }
    built_orgs |= {
        p["organisation_id"]
        for p in build.tables["positions"]
        if p["article_id"] == aid and p["organisation_id"]
    }
    used: set[str] = set()
    for go in g.get("organisations") or []:
        hit = next(
            (
                oid
                for oid in sorted(built_orgs)
                if oid not in used
                and _org_found(go, build.orgs[oid], build.written_forms[(aid, oid)])
            ),
            None,
        )
        if hit is None:
            scores.organisations.fn += 1
            scores.organisations.misses.append(f"{label}: {go['name']}")
            continue
        used.add(hit)
        scores.organisations.tp += 1
        scores.canonical_orgs.add(
            _norm(build.orgs[hit]) == _norm(go["name"]),
            f"{label}: gold {go['name']} build {build.orgs[hit]}",
        )
        org_articles[_norm(go["name"])].append((aid, hit))
    for oid in sorted(built_orgs - used):
        scores.organisations.fp += 1
        scores.organisations.extras.append(f"{label}: {build.orgs[oid]}")


def _org_found(gold: dict, canonical: str, written: set[str]) -> bool:
    names = {_norm(gold["name"])} | {_norm(a) for a in gold.get("aliases") or []}
    return _norm(canonical) in names or bool(written & names)


def _found_positions(build: Build, aid: str) -> set[FoundPosition]:
    return {
        (
            build.people[r["person_id"]],
            _norm(r["title_normalised"]),
            _norm(build.orgs.get(r["organisation_id"], "")),
            _norm(r["organisation_as_written"]),
        )
        for r in build.tables["positions"]
        if r["article_id"] == aid
    }


def _position_fits(
    found: FoundPosition, name: str, title: str, org: str, aliases: set[str]
) -> bool:
    """The build's position states the gold one: the same person and title, and no
    organisation on either side or the gold's by name, alias or printed form
    (``aliases`` always holds the gold organisation's own name)."""
    if found[0] != name or found[1] != title:
        return False
    if not org:
        return not found[2]
    return found[2] in aliases or found[3] in aliases


def _score_positions(g: dict, found: set[FoundPosition], label: str, scores: Scores) -> None:
    """Positions of the people named in the text and of authors whose byline states one."""
    gold_positions = {
        (_norm(p["name"]), _norm(pos["title"]), _norm(pos.get("organisation")))
        for p in _holders(g)
        for pos in p.get("positions") or []
    }
    matched: set[FoundPosition] = set()
    for name, title, org in sorted(gold_positions):
        aliases = _alias_set(g, org)
        hit = next((f for f in sorted(found) if _position_fits(f, name, title, org, aliases)), None)
        if hit:
            scores.positions.tp += 1
            matched.add(hit)
        else:
            scores.positions.fn += 1
            scores.positions.misses.append(f"{label}: {name} {title} @ {org}")
    # duplicates of a matched statement (same person, title, organisation) are not errors
    extra = {f for f in found - matched if not any(m[:3] == f[:3] for m in matched)}
    scores.positions.fp += len(extra)
    scores.positions.extras += [f"{label}: {f[0]} {f[1]} @ {f[2] or f[3]}" for f in sorted(extra)]


def _score_titled(g: dict, found: set[FoundPosition], label: str, scores: Scores) -> None:
    """A person is titled when every title and organisation the gold gives them is found."""
    for p in _holders(g):
        if not p.get("positions"):
            continue
        name = _norm(p["name"])
        wanted = [(_norm(pos["title"]), _norm(pos.get("organisation"))) for pos in p["positions"]]
        ok = all(
            any(_position_fits(f, name, t, o, _alias_set(g, o)) for f in found) for t, o in wanted
        )
        scores.people_titled.add(ok, f"{label}: {name} {wanted}")


def _holders(g: dict) -> list[dict]:
    return [*(g.get("people") or []), *(g.get("authors") or [])]


def _alias_set(article: dict, org: str | None) -> set[str]:
    """The gold organisation's name and aliases in this article, normalised."""
    if not org:
        return set()
    for o in article.get("organisations") or []:
        if _norm(o["name"]) == _norm(org):
            return {_norm(x) for x in [o["name"], *(o.get("aliases") or [])]}
    return {_norm(org)}


def _score_merges(
    build: Build, person_articles: PersonArticles, org_articles: OrgArticles, scores: Scores
) -> None:
    """One person (organisation) for a gold name found in several articles."""
    for name, articles in person_articles.items():
        if len(articles) > 1:
            ids = {
                m["person_id"]
                for m in build.tables["person_mentions"]
                if m["article_id"] in articles and build.people[m["person_id"]] == name
            }
            scores.person_merges.add(len(ids) == 1, f"{name}: {len(ids)} people")
    for name, hits in org_articles.items():
        if len({a for a, _ in hits}) > 1:
            ids = {oid for _, oid in hits}
            scores.org_merges.add(len(ids) == 1, f"{name}: {sorted(build.orgs[i] for i in ids)}")
