"""People and organisations page by page: the LAC model alone, jieba's ``nr`` alone, the
build's rules; each scored against the gold files of every fixture set.

    python -m gonghui_dev.ner_scores [--sets seeds real_dev ...] [--rules] [-v]

A page-level comparison, simpler than ``gonghui_dev.scoring`` (which matches articles):
- people: the distinct names on the page (whitespace removed) against the gold people
  of all its articles; "in articles" reads the page without the gold's furniture lines
  (web headers, editors) and drops found names that are only the page's gold authors
  (the model alone cannot tell a byline or an editor from a person);
- organisations: each gold organisation (its name and aliases; ``X工会`` and ``X`` count
  as one) is found when some found form equals one of its forms; a found form that
  equals no gold organisation's form is an extra; several forms of one gold body are
  not extras.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq
import yaml

from gonghui_dev.scoring import PRF, _norm

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
NAME_TAGS = ("nr", "nrfg", "nrt")


def fixture_sets() -> dict[str, tuple[Path, Path]]:
    """Set name → (pages folder, gold folder), for the sets present."""
    sets = {
        "seeds": (ROOT / "seeds", FIXTURES / "gold"),
        "pages": (FIXTURES / "pages", FIXTURES / "gold"),
    }
    for folder in sorted(FIXTURES.iterdir()):
        if (folder / "pages").is_dir() and (folder / "gold").is_dir():
            sets[folder.name] = (folder / "pages", folder / "gold")
    return sets


@dataclass
class GoldPage:
    people: set[str] = field(default_factory=set)
    authors: set[str] = field(default_factory=set)
    organisations: list[frozenset[str]] = field(default_factory=list)
    furniture: set[str] = field(default_factory=set)

    def article_text(self, text: str) -> str:
        """The page without its furniture lines (web headers, editors, page labels)."""
        lines = text.split("\n")
        return "\n".join(line for line in lines if line.strip() not in self.furniture)


def forms(name: str) -> set[str]:
    """A name and its union/enterprise twin (``X工会`` and ``X`` are accepted alike)."""
    name = _norm(name)
    twin = name[: -len("工会")] if name.endswith("工会") and len(name) > 2 else name + "工会"
    return {name, twin}


def read_gold(pages: Path, gold: Path) -> dict[str, GoldPage]:
    out: dict[str, GoldPage] = {}
    for path in sorted(gold.glob("*.people.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not (pages / data["page"]).exists():
            continue
        page = out.setdefault(data["page"], GoldPage())
        page.furniture |= {str(line).strip() for line in data.get("furniture") or []}
        seen: set[frozenset[str]] = set()
        for article in data["articles"]:
            page.people |= {_norm(p["name"]) for p in article.get("people") or []}
            page.authors |= {_norm(a["name"]) for a in article.get("authors") or []}
            for org in article.get("organisations") or []:
                names = {org["name"], *(org.get("aliases") or [])}
                body = frozenset(f for n in names if n for f in forms(n))
                if body not in seen:
                    seen.add(body)
                    page.organisations.append(body)
    return out


@dataclass
class Found:
    """What a reader found on one page: names, and organisations as sets of forms."""

    people: set[str] = field(default_factory=set)
    organisations: list[set[str]] = field(default_factory=list)


def lac_reader(text: str) -> Found:
    from gonghui_build.text import ner

    ents = ner.entities(text)
    orgs = {_norm(e.text) for e in ents if e.tag == "ORG"}
    return Found({_norm(e.text) for e in ents if e.tag == "PER"}, [{o} for o in sorted(orgs)])


def jieba_reader(text: str) -> Found:
    from gonghui_build.text.tokenizer import tag_tokens

    tokens = [t for line in text.splitlines() for t in tag_tokens(line)]
    orgs = {t.word for t in tokens if t.tag == "nt"}
    return Found({t.word for t in tokens if t.tag in NAME_TAGS}, [{o} for o in sorted(orgs)])


def rules_found(pages: Path) -> dict[str, Found]:
    """The build's people and organisations (with every written form) per page."""
    from gonghui_build import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        pipeline.run(pages, Path(tmp))
        t = {
            n: pq.read_table(Path(tmp) / f"{n}.parquet").to_pylist()
            for n in ("articles", "people", "person_mentions", "organisations",
                      "organisation_mentions", "positions")
        }  # fmt: skip
    page_of = {a["article_id"]: a["source_file"] for a in t["articles"]}
    names = {p["person_id"]: p["name"] for p in t["people"]}
    out: dict[str, Found] = defaultdict(Found)
    org_forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in t["person_mentions"]:
        out[page_of[m["article_id"]]].people.add(_norm(names[m["person_id"]]))
    canonical = {o["organisation_id"]: o["name"] for o in t["organisations"]}
    for m in t["organisation_mentions"]:
        key = (page_of[m["article_id"]], m["organisation_id"])
        org_forms[key] |= {_norm(canonical[m["organisation_id"]]), _norm(m["name_as_written"])}
    for p in t["positions"]:
        if p["organisation_id"]:
            key = (page_of[p["article_id"]], p["organisation_id"])
            org_forms[key] |= {_norm(canonical[p["organisation_id"]])}
    for (page, _), found_forms in sorted(org_forms.items()):
        out[page].organisations.append(found_forms)
    return out


@dataclass
class SetScores:
    people: PRF = field(default_factory=PRF)
    people_in_articles: PRF = field(default_factory=PRF)
    organisations: PRF = field(default_factory=PRF)


def score_page(gold: GoldPage, raw: Found, found: Found, scores: SetScores, label: str) -> None:
    """``raw``: read on the whole page; ``found``: on its article text."""
    scores.people.add_sets(gold.people, raw.people, label)
    only_authors = gold.authors - gold.people
    scores.people_in_articles.add_sets(gold.people, found.people - only_authors, label)
    orgs = scores.organisations
    for body in gold.organisations:
        if any(found_forms & body for found_forms in found.organisations):
            orgs.tp += 1
        else:
            orgs.fn += 1
            orgs.misses.append(f"{label}{min(body)}")
    for found_forms in found.organisations:
        if not any(found_forms & body for body in gold.organisations):
            orgs.fp += 1
            orgs.extras.append(f"{label}{min(found_forms)}")


def score_set(name: str, pages: Path, gold: Path, reader: str) -> SetScores:
    gold_pages = read_gold(pages, gold)
    scores = SetScores()
    found_by_page: dict[str, Found] = rules_found(pages) if reader == "rules" else {}
    for page, g in sorted(gold_pages.items()):
        if reader == "rules":
            raw = found = found_by_page.get(page, Found())
        else:
            text = (pages / page).read_text(encoding="utf-8")
            read = lac_reader if reader == "lac" else jieba_reader
            raw, found = read(text), read(g.article_text(text))
        score_page(g, raw, found, scores, f"{page[:12]}: ")
    return scores


def row(name: str, reader: str, s: SetScores) -> str:
    def prf(x: PRF) -> str:
        return f"{x.f1:.2f} ({x.precision:.2f} / {x.recall:.2f})"

    return (
        f"| {name} | {reader} | {prf(s.people)} | {prf(s.people_in_articles)} "
        f"| {prf(s.organisations)} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", help="set names (default: all present)")
    parser.add_argument("--readers", nargs="*", default=["lac", "jieba"],
                        choices=["lac", "jieba", "rules"])  # fmt: skip
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    args = parser.parse_args()
    sets = fixture_sets()
    head = "people F1 (P / R), page | people, in articles | organisations, in articles"
    print(f"| set | reader | {head} |")
    print("|---|---|---|---|---|")
    for name in args.sets or list(sets):
        for reader in args.readers:
            try:
                s = score_set(name, *sets[name], reader)
            except Exception as exc:  # the build may not read every set yet
                print(f"| {name} | {reader} | failed: {type(exc).__name__} | | |")
                continue
            print(row(name, reader, s), flush=True)
            if args.verbose:
                for x in ("people_in_articles", "organisations"):
                    prf = getattr(s, x)
                    print("\n".join(f"    MISS {x}: {m}" for m in prf.misses))
                    print("\n".join(f"    EXTRA {x}: {m}" for m in prf.extras))


if __name__ == "__main__":
    main()
