"""Stage 6 — records: parsed pages and extracted facts become the rows of every table.

Here the build resolves across articles: one person per name, one organisation per full
current name, each with the mentions that name them. IDs are hashed from the fewest raw
fields that identify a thing (a person's name; a paragraph's page and offset), so that
rebuilding the same pages gives the same IDs.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from pypinyin import Style, lazy_pinyin

from gonghui_build import reference as lexicon
from gonghui_build.extract import dates
from gonghui_build.extract.article import ArticleFacts, Where
from gonghui_build.extract.organisations import Resolved, district_of, is_abbreviation, org_type
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.quality import Run
from gonghui_build.layout.segment import ArticleLayout
from gonghui_build.pages import Page
from gonghui_build.text.chars import is_blank, nonblank_count
from gonghui_build.text.names import split_name

Row = dict[str, Any]


def stable_id(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{digest}"


def pinyin_name(name: str) -> str:
    """``孙悦然`` → ``Sun Yueran``: surname first, then the given name as one word."""
    parts = split_name(name) or (name[:1], name[1:])
    syllables = [lazy_pinyin(part, style=Style.NORMAL, errors="ignore") for part in parts]
    return " ".join("".join(s).capitalize() for s in syllables if s)


@dataclass
class ParsedPage:
    page: Page
    articles: tuple[ArticleLayout, ...]
    paragraphs: list[Paragraph]
    runs: dict[int, list[Run]]  # garbled runs by paragraph seq


@dataclass
class Records:
    """Rows of every table, built page by page."""

    tables: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    _person_mentions: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    _person_articles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _journalists: set[str] = field(default_factory=set)
    _orgs: dict[str, dict[str, Any]] = field(default_factory=dict)
    _org_articles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _aliases: dict[tuple[str, str], Row] = field(default_factory=dict)

    # -- pages, articles, paragraphs ---------------------------------------------------

    def add_page(
        self, parsed: ParsedPage, facts: list[ArticleFacts], curated: dict[str, str] | None
    ) -> None:
        page = parsed.page
        curated = curated or {}
        date = dates.curated_date(curated["date"]) if curated.get("date") else None
        article_ids = {
            a.index: stable_id("art", page.page_id, str(_article_start(parsed, a.index)))
            for a in parsed.articles
        }
        para_ids = {
            p.seq: stable_id("par", page.page_id, str(p.pieces[0][0])) for p in parsed.paragraphs
        }
        covered = _covered(page.text, parsed.paragraphs)
        nonblank = nonblank_count(page.text)
        self.tables["pages"].append(
            {
                "page_id": page.page_id,
                "source_file": page.source_file,
                "sha256": page.sha256,
                "chars": len(page.text),
                "nonblank_chars": nonblank,
                "covered_chars": covered,
                "coverage": round(covered / nonblank, 6) if nonblank else 1.0,
                "articles": len(parsed.articles),
                "date": date.date if date else None,
                "date_precision": date.precision if date else None,
                "newspaper": curated.get("newspaper") or None,
                "page_label": curated.get("page_label") or None,
            }
        )
        for a in parsed.articles:
            self._add_article(parsed, a, article_ids[a.index], facts[a.index])
        for p in parsed.paragraphs:
            self._add_paragraph(
                page,
                p,
                para_ids[p.seq],
                article_ids.get(p.article) if p.article is not None else None,
                parsed.runs.get(p.seq, []),
            )
        for a in parsed.articles:
            self._add_facts(page, article_ids[a.index], para_ids, facts[a.index])

    def _add_article(
        self,
        parsed: ParsedPage,
        a: ArticleLayout,
        article_id: str,
        facts: ArticleFacts,
    ) -> None:
        paras = [p for p in parsed.paragraphs if p.article == a.index]

        def field_text(role: str) -> str | None:
            texts = [p.text for p in paras if p.role == role]
            return " ".join(texts) if texts else None

        subtitle = field_text("subtitle")
        if subtitle:
            subtitle = subtitle.lstrip("—─－-一 ") or None
        byline = field_text("byline") or field_text("dateline")
        date = facts.date  # the curated date when the metadata file gives one
        self.tables["articles"].append(
            {
                "article_id": article_id,
                "page_id": parsed.page.page_id,
                "source_file": parsed.page.source_file,
                "page_order": a.index + 1,
                "kind": a.kind,
                "kicker": field_text("kicker"),
                "headline": field_text("headline"),
                "subtitle": subtitle,
                "byline": byline,
                "standfirst": field_text("standfirst"),
                "continued": a.continued,
                "paragraphs": len(paras),
                "body_chars": sum(len(p.text) for p in paras if p.role == "body"),
                "page_start": min(p.page_start for p in paras),
                "page_end": max(p.page_end for p in paras),
                "date": date.date,
                "date_precision": date.precision,
                "date_basis": date.basis,
                "date_evidence": date.evidence,
            }
        )

    def _add_paragraph(
        self, page: Page, p: Paragraph, paragraph_id: str, article_id: str | None, runs: list[Run]
    ) -> None:
        from gonghui_build.layout.quality import quality

        cleaned = p.cleaned
        self.tables["paragraphs"].append(
            {
                "paragraph_id": paragraph_id,
                "page_id": page.page_id,
                "article_id": article_id,
                "seq": p.seq,
                "role": p.role,
                "text": cleaned.text,
                "original_text": cleaned.original,
                "page_start": p.page_start,
                "page_end": p.page_end,
                "pieces": ";".join(f"{s}-{e}" for s, e in p.pieces),
                "repairs": len(cleaned.edits),
                "quality": quality(cleaned.text, runs),
                "is_garbled": bool(runs),
                "is_fragment": p.is_fragment,
            }
        )
        for n, edit in enumerate(cleaned.edits, start=1):
            self.tables["repairs"].append(
                {
                    "repair_id": f"{paragraph_id}.r{n:03d}",
                    "paragraph_id": paragraph_id,
                    "kind": edit.kind,
                    "text_start": edit.text_start,
                    "text_end": edit.text_end,
                    "page_start": edit.page_start,
                    "page_end": edit.page_end,
                    "before": edit.before,
                    "after": edit.after or None,
                }
            )
        for n, run in enumerate(runs, start=1):
            start, end = cleaned.page_span(run.start, run.end)
            self.tables["garbled_runs"].append(
                {
                    "run_id": f"{paragraph_id}.g{n:02d}",
                    "paragraph_id": paragraph_id,
                    "text_start": run.start,
                    "text_end": run.end,
                    "page_start": start,
                    "page_end": end,
                    "text": cleaned.text[run.start : run.end],
                    "score": run.score,
                    "signals": ",".join(run.signals),
                }
            )

    # -- facts ----------------------------------------------------------------------------

    def _provenance(self, where: Where, article_id: str, para_ids: dict[int, str]) -> Row:
        start, end = where.paragraph.cleaned.page_span(where.start, where.end)
        return {
            "article_id": article_id,
            "paragraph_id": para_ids[where.paragraph.seq],
            "page_start": start,
            "page_end": end,
            "text_start": where.start,
            "text_end": where.end,
        }

    def _org_id(self, resolved: Resolved, written: str | None, article_id: str) -> str:
        org_id = stable_id("org", resolved.name)
        entry = self._orgs.setdefault(
            org_id,
            {
                "organisation_id": org_id,
                "name": resolved.name,
                "type": resolved.type,
                "district": resolved.district,
            },
        )
        if entry["type"] == "other" and resolved.type != "other":
            entry["type"] = resolved.type
        if written and written != resolved.name:
            kind = {
                "former_name": "former_name",
                "context": "contextual",
                "abbreviation": "abbreviation",
            }.get(resolved.resolved_by, "short_form")
            source = _alias_source(resolved, written, article_id)
            self._aliases.setdefault(
                (org_id, written),
                {
                    "organisation_id": org_id,
                    "alias": written,
                    "kind": kind,
                    "source": source,
                },
            )
        return org_id

    def _add_facts(
        self, page: Page, article_id: str, para_ids: dict[int, str], facts: ArticleFacts
    ) -> None:
        for person in facts.people:
            person_id = stable_id("per", person.name)
            row = {
                "mention_id": stable_id(
                    "pm", para_ids[person.where.paragraph.seq], str(person.where.start)
                ),
                "person_id": person_id,
                **self._provenance(person.where, article_id, para_ids),
                "name_as_written": person.where.paragraph.cleaned.original[
                    _orig_slice(person.where)
                ]
                or person.name,
                "source": person.source,
                "confidence": round(person.confidence, 3),
                "in_garbled_run": person.where.in_garbled_run,
            }
            self._person_mentions[person.name].append(row)
            self._person_articles[person.name].add(article_id)
        for author in facts.authors:
            person_id = stable_id("per", author.name)
            start, end = author.where.paragraph.cleaned.page_span(
                author.where.start, author.where.end
            )
            self.tables["authors"].append(
                {
                    "article_id": article_id,
                    "person_id": person_id,
                    "role": author.role,
                    "title": author.title,
                    "paragraph_id": para_ids[author.where.paragraph.seq],
                    "page_start": start,
                    "page_end": end,
                }
            )
            self._person_articles[author.name].add(article_id)
            if author.role in ("reporter", "photographer", "correspondent"):
                self._journalists.add(author.name)
        for org in facts.orgs:
            org_id = self._org_id(org.resolved, org.written, article_id)
            self._org_articles[org_id].add(article_id)
            self.tables["organisation_mentions"].append(
                {
                    "mention_id": stable_id(
                        "om", para_ids[org.where.paragraph.seq], str(org.where.start)
                    ),
                    "organisation_id": org_id,
                    **self._provenance(org.where, article_id, para_ids),
                    "name_as_written": org.written,
                    "resolved_by": org.resolved.resolved_by,
                    "confidence": round(org.confidence, 3),
                    "in_garbled_run": org.where.in_garbled_run,
                }
            )
        for pos in facts.positions:
            org_id = self._org_id(pos.org, pos.org_written, article_id) if pos.org else None
            self._person_articles[pos.name].add(article_id)
            self.tables["positions"].append(
                {
                    "position_id": stable_id(
                        "pos",
                        para_ids[pos.where.paragraph.seq],
                        str(pos.where.start),
                        pos.title,
                        pos.name,
                    ),
                    "person_id": stable_id("per", pos.name),
                    "organisation_id": org_id,
                    "title": pos.title,
                    "title_normalised": pos.title_normalised,
                    "organisation_as_written": pos.org_written,
                    **self._provenance(pos.where, article_id, para_ids),
                    "evidence": pos.where.paragraph.text[pos.where.start : pos.where.end],
                    "confidence": round(pos.confidence, 3),
                    "in_garbled_run": pos.where.in_garbled_run,
                }
            )
        activity_ids = [
            stable_id("act", para_ids[a.where.paragraph.seq], str(a.where.start), str(a.where.end))
            for a in facts.activities
        ]
        for activity, activity_id in zip(facts.activities, activity_ids, strict=True):
            d = activity.draft
            organiser_id = (
                self._org_id(activity.organiser, d.organiser_text, article_id)
                if activity.organiser
                else None
            )
            sentence = activity.where.paragraph.text[d.sentence[0] : d.sentence[1]]
            self.tables["activities"].append(
                {
                    "activity_id": activity_id,
                    "name": d.name,
                    "category": d.category,
                    "status": d.status,
                    "place": d.place,
                    "start_date": activity.date.start,
                    "start_date_precision": activity.date.start_precision,
                    "end_date": activity.date.end,
                    "end_date_precision": activity.date.end_precision,
                    "date_text": activity.date.text,
                    "time_of_day": activity.date.time_of_day,
                    "date_basis": activity.date.basis,
                    "participants": d.participants,
                    "participants_unit": d.participants_unit,
                    "participants_qualifier": d.participants_qualifier,
                    "participants_text": d.participants_text,
                    "duration_days": d.duration_days,
                    "duration_text": d.duration_text,
                    "parent_activity_id": (
                        activity_ids[d.parent] if d.parent is not None else None
                    ),
                    "organiser_id": organiser_id,
                    **self._provenance(activity.where, article_id, para_ids),
                    "evidence": sentence,
                    "confidence": round(activity.confidence, 3),
                    "in_garbled_run": activity.where.in_garbled_run,
                }
            )
            if organiser_id:
                self.tables["activity_participants"].append(
                    {
                        "participant_id": stable_id("ap", activity_id, organiser_id, "organiser"),
                        "activity_id": activity_id,
                        "person_id": None,
                        "organisation_id": organiser_id,
                        "role": "organiser",
                        "page_start": self._provenance(activity.where, article_id, para_ids)[
                            "page_start"
                        ],
                        "page_end": self._provenance(activity.where, article_id, para_ids)[
                            "page_end"
                        ],
                    }
                )

    # -- resolution across articles -----------------------------------------------------------

    def finish(self) -> dict[str, list[Row]]:
        """Resolve people and organisations across articles and return every table."""
        self._add_parents()
        self._merge_abbreviations()
        self._drop_unplaced_duplicates()
        names = set(self._person_mentions) | set(self._person_articles)
        for name in sorted(names):
            person_id = stable_id("per", name)
            mentions = self._person_mentions.get(name, [])
            self.tables["person_mentions"].extend(mentions)
            articles = self._person_articles.get(name, set())
            surname = (split_name(name) or (name[:1], name[1:]))[0]
            self.tables["people"].append(
                {
                    "merge_reason": self._merge_reason(person_id, articles),
                    "person_id": person_id,
                    "name": name,
                    "name_pinyin": pinyin_name(name),
                    "surname": surname,
                    "mentions": len(mentions),
                    "articles": len(articles),
                    "is_journalist": name in self._journalists,
                }
            )
        for org_id, entry in sorted(self._orgs.items()):
            mentions = [
                m for m in self.tables["organisation_mentions"] if m["organisation_id"] == org_id
            ]
            self.tables["organisations"].append(
                {
                    **entry,
                    "parent_id": entry.get("parent_id"),
                    "mentions": len(mentions),
                    "articles": len(self._org_articles.get(org_id, set())),
                }
            )
        self.tables["organisation_aliases"].extend(self._aliases.values())
        return dict(self.tables)

    def _merge_reason(self, person_id: str, articles: set[str]) -> str | None:
        """Why mentions in several articles are one person: the same name, and where the
        articles give it, the same organisation."""
        if len(articles) < 2:
            return None
        orgs: dict[str, set[str]] = defaultdict(set)
        for row in self.tables["positions"]:
            if row["person_id"] == person_id and row["organisation_id"]:
                orgs[row["organisation_id"]].add(row["article_id"])
        shared = sorted(
            self._orgs[o]["name"] for o, arts in orgs.items() if len(arts) > 1 and o in self._orgs
        )
        if shared:
            return (
                f"same name in {len(articles)} articles, with a title at "
                f"{'、'.join(shared)} in more than one"
            )
        return f"same name in {len(articles)} articles"

    def _merge_abbreviations(self) -> None:
        """An abbreviation printed in one article (北汽集团) of a full name printed in
        another (北京汽车集团有限公司) is that organisation, when it fits only one."""
        names = {entry["name"]: org_id for org_id, entry in self._orgs.items()}
        mentions = Counter(m["organisation_id"] for m in self.tables["organisation_mentions"])

        def weight(name: str) -> int:  # mentions of a body and of the bodies inside it
            return sum(mentions[i] for n, i in names.items() if n.startswith(name))

        remap: dict[str, str] = {}
        for short, short_id in names.items():
            fulls = [full for full in names if is_abbreviation(short, full)]
            # a name printed more often than its "full" form is no abbreviation of it
            if len(fulls) == 1 and mentions[short_id] <= weight(fulls[0]):
                remap[short_id] = names[fulls[0]]
        for old_id, new_id in remap.items():
            old = self._orgs.pop(old_id)
            self._aliases.setdefault(
                (new_id, old["name"]),
                {
                    "organisation_id": new_id,
                    "alias": old["name"],
                    "kind": "abbreviation",
                    "source": "an ordered subsequence of the full name printed elsewhere",
                },
            )
            self._org_articles[new_id] |= self._org_articles.pop(old_id, set())
        for (org_id, alias), row in list(self._aliases.items()):
            if org_id in remap:
                del self._aliases[(org_id, alias)]
                if alias != self._orgs[remap[org_id]]["name"]:
                    self._aliases.setdefault(
                        (remap[org_id], alias), {**row, "organisation_id": remap[org_id]}
                    )
        for entry in self._orgs.values():
            if entry.get("parent_id") in remap:
                entry["parent_id"] = remap[entry["parent_id"]]
        for table, column in (
            ("organisation_mentions", "organisation_id"),
            ("positions", "organisation_id"),
            ("activities", "organiser_id"),
            ("activity_participants", "organisation_id"),
        ):
            for row in self.tables[table]:
                if row.get(column) in remap:
                    row[column] = remap[row[column]]

    def _drop_unplaced_duplicates(self) -> None:
        """A title stated without its organisation adds nothing when the same article
        states it with one (a garbled repeat, a later mention)."""
        placed = {
            (r["article_id"], r["person_id"], r["title_normalised"])
            for r in self.tables["positions"]
            if r["organisation_id"]
        }
        self.tables["positions"] = [
            r
            for r in self.tables["positions"]
            if r["organisation_id"]
            or (r["article_id"], r["person_id"], r["title_normalised"]) not in placed
        ]

    def _add_parents(self) -> None:
        """An enterprise union's enterprise; a district federation's city federation."""
        places = lexicon.places()
        city_federation = places.city + "总工会"
        for org_id in sorted(self._orgs):
            entry = self._orgs[org_id]
            name = entry["name"]
            parent: str | None = None
            if entry["type"] == "union_federation" and name != city_federation:
                district = district_of(name)
                if district and name != district + "总工会":
                    parent = district + "总工会"
                else:
                    parent = city_federation
            elif entry["type"] == "union" and name.endswith("工会") and len(name) > 2:
                parent = name[: -len("工会")]
            if parent:
                parent_id = stable_id("org", parent)
                if parent_id not in self._orgs:
                    self._orgs[parent_id] = {
                        "organisation_id": parent_id,
                        "name": parent,
                        "type": org_type(parent),
                        "district": district_of(parent),
                    }
                entry["parent_id"] = parent_id


def _article_start(parsed: ParsedPage, index: int) -> int:
    return min(p.page_start for p in parsed.paragraphs if p.article == index)


def _covered(text: str, paragraphs: list[Paragraph]) -> int:
    """Non-blank characters lying in exactly one paragraph."""
    count = [0] * len(text)
    for p in paragraphs:
        for s, e in p.pieces:
            for i in range(s, e):
                count[i] += 1
    return sum(1 for i, ch in enumerate(text) if count[i] == 1 and not is_blank(ch))


def _orig_slice(where: Where) -> slice:
    """The original text of a cleaned span (names keep their OCR spaces here)."""
    cleaned = where.paragraph.cleaned
    start, end = cleaned.page_span(where.start, where.end)
    # find the original offsets whose page offsets fall in [start, end)
    offsets = []
    pos = 0
    for s, e in where.paragraph.pieces:
        for i in range(s, e):
            if start <= i < end:
                offsets.append(pos)
            pos += 1
        pos += 1  # the newline between pieces
    if not offsets:
        return slice(0, 0)
    return slice(offsets[0], offsets[-1] + 1)


def _alias_source(resolved: Resolved, written: str, article_id: str) -> str:
    if resolved.resolved_by == "former_name":
        for d in lexicon.places().districts:
            if d.former and written.startswith(d.former):
                return f"reference/districts.yaml: {d.former} → {d.name} ({d.renamed}; {d.source})"
    if resolved.resolved_by == "alias":
        return "reference/org_suffixes.yaml: city_prefixes (this is a Beijing paper)"
    return f"read in context in article {article_id}"
