"""Layout scores of a build against the gold of a fixture set (``tests/fixtures/ANNOTATION.md``,
"Real-shape fixture sets").

Five numbers per set, the ones issue 8 asks for:

* **right article count** — share of gold files whose page gives as many build articles as
  the gold lists;
* **headlines found** — share of gold headlines (non-null) that are the headline of some
  build article of that page (whitespace and punctuation width normalised);
* **furniture taken for a headline** — build headlines equal to a gold furniture line
  that is no gold headline of the page (an index prints the headlines once more), or
  shaped like a page label, a publication date or a web header/footer line (a count:
  the target is 0);
* **body-paragraph count error** — per file ``|build body − gold body| / gold body``,
  averaged over the files whose gold counts body paragraphs (build body = paragraphs
  with role ``body``);
* **coverage** — the least and the mean share of a page's non-blank characters that land
  in exactly one paragraph.

The shape rules for furniture here are the scorer's own (a page label, a date, a timestamp,
a source or editor line, a URL), kept apart from the build's rules so that the score does
not grade the build by itself.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

#: What a line of page furniture looks like, for the scorer (independent of the build).
FURNITURE_SHAPES = re.compile(
    r"^(?:第\s*[0-9０-９一二三四五六七八九十]+\s*版"  # page label
    r"|(?:19|20)\d\d\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*(?:星期.|周.)?\s*$"  # date
    r"|(?:19|20)\d\d-\d\d-\d\d\s+\d\d?:\d\d"  # timestamp
    r"|出版日期|发布时间|发布日期|来源[:：]|作者[:：]|(?:责任)?编辑[:：]|本版编辑"
    r"|https?://|www\.)"
)


def _norm(text: Any) -> str:
    from gonghui_dev.scoring import _norm as norm

    return norm(text)


@dataclass
class LayoutScores:
    """Layout of one fixture set; ``None`` where the set gives nothing to count."""

    files: int = 0
    right_count: int = 0
    gold_headlines: int = 0
    headlines_found: int = 0
    furniture_headlines: list[str] = field(default_factory=list)
    body_errors: list[float] = field(default_factory=list)
    coverages: list[float] = field(default_factory=list)
    wrong_counts: list[str] = field(default_factory=list)
    missed_headlines: list[str] = field(default_factory=list)
    body_counts: list[str] = field(default_factory=list)

    @property
    def right_count_rate(self) -> float | None:
        return self.right_count / self.files if self.files else None

    @property
    def headlines_rate(self) -> float | None:
        return self.headlines_found / self.gold_headlines if self.gold_headlines else None

    @property
    def body_error(self) -> float | None:
        return sum(self.body_errors) / len(self.body_errors) if self.body_errors else None

    @property
    def min_coverage(self) -> float | None:
        return min(self.coverages) if self.coverages else None

    def report(self, verbose: bool = False) -> str:
        def show(value: float | None) -> str:
            return "   n/a" if value is None else f"{value:6.3f}"

        mean_cov = sum(self.coverages) / len(self.coverages) if self.coverages else None
        lines = [
            "layout",
            f"files with the right article count {show(self.right_count_rate)}  "
            f"({self.right_count}/{self.files})",
            f"printed headlines found            {show(self.headlines_rate)}  "
            f"({self.headlines_found}/{self.gold_headlines})",
            f"furniture taken for a headline     {len(self.furniture_headlines):6d}",
            f"body-paragraph count error         {show(self.body_error)}  "
            f"({len(self.body_errors)} files)",
            f"coverage (least / mean)            {show(self.min_coverage)} / {show(mean_cov)}",
        ]
        if verbose:
            lines += [f"  WRONG article count: {x}" for x in self.wrong_counts]
            lines += [f"  MISS headline: {x}" for x in self.missed_headlines]
            lines += [f"  FURNITURE headline: {x}" for x in self.furniture_headlines]
            lines += [f"  BODY paragraphs: {x}" for x in self.body_counts]
        return "\n".join(lines)


def _page_rows(tables: dict[str, list[dict]]) -> tuple[dict, dict, dict]:
    articles: dict[str, list[dict]] = {}
    for a in sorted(tables["articles"], key=lambda a: (a["page_id"], a["page_order"])):
        articles.setdefault(a["source_file"], []).append(a)
    page_ids = {p["source_file"]: p["page_id"] for p in tables["pages"]}
    body = Counter(p["page_id"] for p in tables["paragraphs"] if p["role"] == "body")
    return articles, page_ids, body


def is_furniture_headline(headline: str, furniture: set[str], headlines: set[str]) -> bool:
    """A build headline that is a gold furniture line (and no gold headline) or is shaped
    like one."""
    text = _norm(headline)
    return (text in furniture and text not in headlines) or bool(FURNITURE_SHAPES.match(text))


def score_layout(tables: dict[str, list[dict]], gold_files: list[Path]) -> LayoutScores:
    """Layout scores of the build ``tables`` against the ``*.people.yaml`` gold files."""
    scores = LayoutScores()
    articles, page_ids, body = _page_rows(tables)
    coverage = {p["source_file"]: p["coverage"] for p in tables["pages"]}
    for path in gold_files:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        page = gold["page"]
        built = articles.get(page, [])
        label = page.removesuffix(".txt")
        scores.files += 1
        scores.coverages.append(coverage.get(page, 0.0))
        wanted = gold.get("articles") or []
        if len(built) == len(wanted):
            scores.right_count += 1
        else:
            scores.wrong_counts.append(f"{label}: gold {len(wanted)} build {len(built)}")
        headlines = {_norm(a["headline"]) for a in built if a["headline"]}
        for g in wanted:
            if g.get("headline"):
                scores.gold_headlines += 1
                if _norm(g["headline"]) in headlines:
                    scores.headlines_found += 1
                else:
                    scores.missed_headlines.append(f"{label}: {g['headline']}")
        furniture = {_norm(x) for x in gold.get("furniture") or []}
        gold_headlines = {_norm(g["headline"]) for g in wanted if g.get("headline")}
        scores.furniture_headlines += [
            f"{label}: {a['headline']}"
            for a in built
            if a["headline"] and is_furniture_headline(a["headline"], furniture, gold_headlines)
        ]
        counts = [g.get("body_paragraphs") for g in wanted]
        if counts and all(isinstance(c, int) for c in counts):
            gold_body = sum(counts)
            found = body.get(page_ids.get(page, ""), 0)
            scores.body_errors.append(abs(found - gold_body) / max(gold_body, 1))
            if found != gold_body:
                scores.body_counts.append(f"{label}: gold {gold_body} build {found}")
    return scores
