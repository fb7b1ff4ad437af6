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
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field, fields
from pathlib import Path

import pyarrow.parquet as pq

from gonghui_dev.activity_scoring import score_activities
from gonghui_dev.layout_scoring import LayoutScores, score_layout
from gonghui_dev.people_scoring import gold_basis, score_people
from gonghui_dev.tally import PRF, Rate, _norm, _show

__all__ = ["PRF", "Rate", "Scores", "build_and_score", "gold_basis", "score", "score_people"]


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
        # in the normal form the gold's names are read in, so a name printed in a
        # traditional or variant character (樑) is compared like the gold's
        self.people = {p["person_id"]: _norm(p["name"]) for p in t["people"]}
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
        summary = pipeline.run(pages_dir, Path(tmp) / "build")
        if summary.rejected is None:
            return score(Path(tmp) / "build", gold_dir)
        # a build that fails a check is kept aside, not published; it is still scored,
        # so that a new set's first look shows what the build reads as well as the failure
        failed = "; ".join(str(f) for f in summary.failures)
        print(f"the build failed its checks ({failed}); scored as rejected", file=sys.stderr)
        return score(summary.rejected, gold_dir)


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
