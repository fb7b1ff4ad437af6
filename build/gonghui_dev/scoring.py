"""Score a build against hand annotations (``tests/fixtures/ANNOTATION.md``).

    python -m gonghui_dev.scoring --pages seeds --gold tests/fixtures/gold
    python -m gonghui_dev.scoring --pages tests/fixtures/pages --gold tests/fixtures/gold
    python -m gonghui_dev.scoring --data data --gold tests/fixtures/gold   # an existing build
    python -m gonghui_dev.scoring --set tests/fixtures/real_dev     # pages/ and gold/ of a set

Prints precision, recall and F1 for articles, authors, people, positions, organisations
and activities, and the accuracies the issues ask for: titles with their organisation,
canonical names, merges across articles, activity dates and counts, article years.

Matching is at the article level (an item must be found in the article the gold puts it
in). An organisation counts as found when the build names it in that article under its
gold name, under one of its gold aliases, or by one of those printed forms; how often the
build's *canonical* name is the gold one is reported separately.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field, fields
from pathlib import Path

import pyarrow.parquet as pq
import yaml

from gonghui_dev.activity_scoring import score_activities
from gonghui_dev.layout_scoring import LayoutScores, score_layout
from gonghui_dev.tally import PRF, Rate, _norm, _show


@dataclass
class Scores:
    articles: PRF = field(default_factory=PRF)
    authors: PRF = field(default_factory=PRF)
    people: PRF = field(default_factory=PRF)
    positions: PRF = field(default_factory=PRF)
    organisations: PRF = field(default_factory=PRF)
    activities: PRF = field(default_factory=PRF)
    article_fields: Rate = field(default_factory=Rate)  # kicker, subtitle, kind
    article_years: Rate = field(default_factory=Rate)
    date_basis: Rate = field(default_factory=Rate)
    people_titled: Rate = field(default_factory=Rate)  # all gold titles+orgs of a person found
    # gold people whose article the build has (by headline): the rest are lost to layout
    people_in_matched_articles: Rate = field(default_factory=Rate)
    canonical_orgs: Rate = field(default_factory=Rate)
    person_merges: Rate = field(default_factory=Rate)
    org_merges: Rate = field(default_factory=Rate)
    activity_category: Rate = field(default_factory=Rate)
    activity_status: Rate = field(default_factory=Rate)
    activity_dates: Rate = field(default_factory=Rate)
    activity_participants: Rate = field(default_factory=Rate)
    activity_duration: Rate = field(default_factory=Rate)
    activity_organiser: Rate = field(default_factory=Rate)
    activity_parent: Rate = field(default_factory=Rate)
    activity_place: Rate = field(default_factory=Rate)  # right, where the gold gives one
    # given where the gold gives none: the share given (lower is better)
    activity_place_given_none: Rate = field(default_factory=lambda: Rate(shows_wrong=True))
    layout: LayoutScores | None = None

    def report(self, verbose: bool = False) -> str:
        tables = [f.name for f in fields(self) if isinstance(getattr(self, f.name), PRF)]
        rates = [f.name for f in fields(self) if isinstance(getattr(self, f.name), Rate)]
        lines = ["table            precision  recall     F1    (tp/fp/fn)"]
        for name in tables:
            s: PRF = getattr(self, name)
            lines.append(
                f"{name:<16} {_show(s.precision, 9)} {_show(s.recall, 7)} {_show(s.f1, 6)}    "
                f"({s.tp}/{s.fp}/{s.fn})"
            )
        lines.append("")
        for name in rates:
            r: Rate = getattr(self, name)
            shown = r.total - r.right if r.shows_wrong else r.right
            lines.append(f"{name:<22} {_show(r.value, 6)}  ({shown}/{r.total})")
        if self.layout is not None:
            lines += ["", self.layout.report(verbose)]
        if verbose:
            for name in tables:
                lines += [f"  MISS {name}: {m}" for m in getattr(self, name).misses]
                lines += [f"  EXTRA {name}: {x}" for x in getattr(self, name).extras]
            for name in rates:
                lines += [f"  WRONG {name}: {w}" for w in getattr(self, name).wrong]
        return "\n".join(lines)


#: Article date bases the gold spells otherwise: the annotators recorded a date the page
#: prints in its furniture under ``same_page`` (``ANNOTATION.md``).
GOLD_BASIS = {"printed_date": "same_page"}


def gold_basis(basis: str) -> str:
    """An article's ``date_basis`` as the gold files spell it."""
    return GOLD_BASIS.get(basis, basis)


# --- reading the build ----------------------------------------------------------------


class Build:
    """The tables of a build, indexed for scoring."""

    def __init__(self, data: Path):
        t = {
            name: pq.read_table(data / f"{name}.parquet").to_pylist()
            for name in (
                "pages",
                "articles",
                "paragraphs",
                "people",
                "person_mentions",
                "authors",
                "positions",
                "organisations",
                "organisation_mentions",
                "organisation_aliases",
                "activities",
            )
        }
        self.tables = t
        self.people = {p["person_id"]: p["name"] for p in t["people"]}
        self.orgs = {o["organisation_id"]: o["name"] for o in t["organisations"]}
        self.activities = {a["activity_id"]: a for a in t["activities"]}
        self.articles_by_page: dict[str, list[dict]] = defaultdict(list)
        for a in sorted(t["articles"], key=lambda a: (a["page_id"], a["page_order"])):
            self.articles_by_page[a["source_file"]].append(a)
        self.written_forms: dict[tuple[str, str], set[str]] = defaultdict(set)
        for m in t["organisation_mentions"]:
            self.written_forms[(m["article_id"], m["organisation_id"])].add(
                _norm(m["name_as_written"])
            )
        for p in t["positions"]:
            if p["organisation_id"] and p["organisation_as_written"]:
                self.written_forms[(p["article_id"], p["organisation_id"])].add(
                    _norm(p["organisation_as_written"])
                )


def _match_articles(gold_articles: list[dict], built: list[dict]) -> dict[int, dict | None]:
    """Gold article index → build article, by headline; articles without one (digest
    items) in page order, each build article matched once, a gold item with a byline
    taken by the next headless article printing that byline when there is one."""
    out: dict[int, dict | None] = {}
    by_headline = {_norm(a["headline"]): a for a in built if a["headline"]}
    headless = [a for a in built if not a["headline"]]
    next_free = 0
    for i, g in enumerate(gold_articles):
        if g.get("headline"):
            out[i] = by_headline.get(_norm(g["headline"]))
            continue
        rest = headless[next_free:]
        byline = _norm(g.get("byline"))
        same = [k for k, a in enumerate(rest) if byline and _norm(a.get("byline")) == byline]
        k = same[0] if same else 0
        out[i] = rest[k] if rest else None
        next_free += k + 1 if rest else 0
    return out


def _org_found(gold: dict, canonical: str, written: set[str]) -> bool:
    names = {_norm(gold["name"])} | {_norm(a) for a in gold.get("aliases") or []}
    return _norm(canonical) in names or bool(written & names)


# --- scoring --------------------------------------------------------------------------------


def score_people(build: Build, gold_files: list[Path], scores: Scores) -> None:
    person_articles: dict[str, set[str]] = defaultdict(set)  # gold name → build article ids
    org_articles: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for path in gold_files:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        page = gold["page"]
        built = build.articles_by_page.get(page, [])
        matched = _match_articles(gold["articles"], built)
        scores.articles.add_sets(
            {(page, _norm(g.get("headline"))) for g in gold["articles"]},
            {(page, _norm(a["headline"])) for a in built},
            "",
        )
        for i, g in enumerate(gold["articles"]):
            a = matched[i]
            label = f"{page[:3]} {g.get('headline')}"
            for person in g.get("people") or []:
                scores.people_in_matched_articles.add(a is not None, f"{label}: {person['name']}")
            if a is None:
                # everything in a missed article is missed
                scores.people.fn += len(g.get("people") or [])
                scores.authors.fn += len(g.get("authors") or [])
                scores.organisations.fn += len(g.get("organisations") or [])
                continue
            aid = a["article_id"]
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
            # authors
            gold_authors = {(_norm(x["name"]), x["role"]) for x in g.get("authors") or []}
            found_authors = {
                (build.people[r["person_id"]], r["role"])
                for r in build.tables["authors"]
                if r["article_id"] == aid
            }
            scores.authors.add_sets(gold_authors, found_authors, f"{label}: ")
            # people
            gold_people = {_norm(p["name"]) for p in g.get("people") or []}
            found_people = {
                build.people[m["person_id"]]
                for m in build.tables["person_mentions"]
                if m["article_id"] == aid
            }
            # partial names (陈女士, `partial: true`) are people, but never one person
            # across articles
            scores.people.add_sets(gold_people, found_people, f"{label}: ")
            partial = {_norm(p["name"]) for p in g.get("people") or [] if p.get("partial")}
            for name in gold_people - partial:
                if name in found_people:
                    person_articles[name].add(aid)
            # organisations of the article
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
            # positions: of people named in the text and of authors whose byline states one
            holders = [*(g.get("people") or []), *(g.get("authors") or [])]
            gold_positions = {
                (
                    _norm(p["name"]),
                    _norm(pos["title"]),
                    _norm(pos.get("organisation")),
                    tuple(sorted(_norm(x) for x in _aliases_of(g, pos.get("organisation")))),
                )
                for p in holders
                for pos in p.get("positions") or []
            }
            found_positions = [
                (
                    build.people[r["person_id"]],
                    _norm(r["title_normalised"]),
                    _norm(build.orgs.get(r["organisation_id"], "")),
                    _norm(r["organisation_as_written"]),
                )
                for r in build.tables["positions"]
                if r["article_id"] == aid
            ]
            found_keys = set()
            for name, title, org, written in found_positions:
                found_keys.add((name, title, org, written))
            matched_found: set = set()
            for name, title, org, aliases in gold_positions:
                hit = next(
                    (
                        f
                        for f in found_keys
                        if f[0] == name
                        and f[1] == title
                        and (
                            (not org and not f[2])
                            or (
                                org
                                and (
                                    f[2] == org or f[2] in aliases or f[3] in aliases or f[3] == org
                                )
                            )
                        )
                    ),
                    None,
                )
                if hit:
                    scores.positions.tp += 1
                    matched_found.add(hit)
                else:
                    scores.positions.fn += 1
                    scores.positions.misses.append(f"{label}: {name} {title} @ {org}")
            extra = {f for f in found_keys if f not in matched_found}
            # duplicates of a matched statement (same person, title, organisation) are not errors
            extra = {f for f in extra if not any(m[:3] == f[:3] for m in matched_found)}
            scores.positions.fp += len(extra)
            scores.positions.extras += [
                f"{label}: {f[0]} {f[1]} @ {f[2] or f[3]}" for f in sorted(extra)
            ]
            for p in holders:
                if not p.get("positions"):
                    continue
                name = _norm(p["name"])
                wanted = [
                    (_norm(pos["title"]), _norm(pos.get("organisation"))) for pos in p["positions"]
                ]
                ok = all(
                    any(
                        f[0] == name
                        and f[1] == t
                        and (
                            (not o and not f[2])
                            or (
                                o
                                and (
                                    f[2] == o
                                    or f[2] in _alias_set(g, o)
                                    or f[3] in _alias_set(g, o)
                                )
                            )
                        )
                        for f in found_keys
                    )
                    for t, o in wanted
                )
                scores.people_titled.add(ok, f"{label}: {name} {wanted}")
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


def _aliases_of(article: dict, org: str | None) -> list[str]:
    if not org:
        return []
    for o in article.get("organisations") or []:
        if _norm(o["name"]) == _norm(org):
            return [o["name"], *(o.get("aliases") or [])]
    return [org]


def _alias_set(article: dict, org: str) -> set[str]:
    return {_norm(x) for x in _aliases_of(article, org)}


def score(data: Path, gold_dir: Path, pages: set[str] | None = None) -> Scores:
    """Scores of the build in ``data`` against the gold files for its pages."""
    build = Build(data)
    built_pages = {p["source_file"] for p in build.tables["pages"]}

    def files(suffix: str) -> list[Path]:
        out = []
        for path in sorted(gold_dir.glob(f"*.{suffix}.yaml")):
            page = path.name[: -len(f".{suffix}.yaml")] + ".txt"
            if page in built_pages and (pages is None or page in pages):
                out.append(path)
        return out

    scores = Scores()
    score_people(build, files("people"), scores)
    score_activities(build, files("activities"), scores)
    scores.layout = score_layout(build.tables, files("people"))
    return scores


def build_and_score(pages_dir: Path, gold_dir: Path) -> Scores:
    from gonghui_build import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        pipeline.run(pages_dir, Path(tmp))
        return score(Path(tmp), gold_dir)


def main() -> None:
    parser = argparse.ArgumentParser(description="Score a build against hand annotations.")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--pages", type=Path, help="build these pages, then score")
    source.add_argument("--data", type=Path, help="score this existing build")
    source.add_argument("--set", type=Path, help="a fixture set folder with pages/ and gold/")
    parser.add_argument("--gold", type=Path, default=Path("tests/fixtures/gold"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    args = parser.parse_args()
    if args.set:
        scores = build_and_score(args.set / "pages", args.set / "gold")
    elif args.pages:
        scores = build_and_score(args.pages, args.gold)
    else:
        scores = score(args.data, args.gold)
    print(scores.report(args.verbose))


if __name__ == "__main__":
    main()
