"""The article page: the article as printed, with every fact read from it in place.

Paragraphs come in page order with their role (kicker, headline, byline, body, caption…);
people, organisations, activities and their dates are highlighted where the text names
them and link to their rows; repairs show what the OCR gave, unreadable runs are marked.
The facts are listed beside the text, each linking to its place. A link from a fact's
row (``?p=<paragraph>&t=<start>-<end>#target``, or ``?at=<page offset>``) marks that
place. Building the page is :func:`article_view`, a pure function of the rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from gonghui.datasette_plugin.cells import row_url
from gonghui.datasette_plugin.highlight import Mark, occurrences, render

Row = dict[str, Any]

QUERIES = {
    "paragraphs": "select * from paragraphs where article_id = :id order by seq",
    "people": "select m.*, pe.name, pe.name_pinyin from person_mentions m "
    "join people pe using (person_id) where m.article_id = :id order by m.page_start",
    "organisations": "select m.*, o.name, o.type from organisation_mentions m "
    "join organisations o using (organisation_id) where m.article_id = :id "
    "order by m.page_start",
    "activities": "select * from activities where article_id = :id order by page_start",
    "positions": "select * from positions where article_id = :id order by page_start",
    "titles": "select * from positions_per_article where article_id = :id order by page_start",
    "authors": "select au.*, pe.name from authors au join people pe using (person_id) "
    "where au.article_id = :id order by au.page_start",
    "repairs": "select r.* from repairs r join paragraphs p using (paragraph_id) "
    "where p.article_id = :id",
    "garbled": "select g.* from garbled_runs g join paragraphs p using (paragraph_id) "
    "where p.article_id = :id",
}


async def fetch(db, article_id: str) -> dict[str, list[Row]] | None:
    """Every row the article page shows (None when there is no such article)."""
    found = await db.execute("select * from articles where article_id = :id", {"id": article_id})
    if not found.rows:
        return None
    rows: dict[str, list[Row]] = {"article": [dict(found.rows[0])]}
    for name, sql in QUERIES.items():
        rows[name] = [dict(r) for r in (await db.execute(sql, {"id": article_id})).rows]
    return rows


def _fact(row: Row, kind: str, table: str, key: str, title: str) -> tuple[str, Mark]:
    """A fact at its span, linking to its row, with an anchor the facts list links to."""
    href = row_url(table, row[key])
    anchor = f"{kind}-{row.get('mention_id') or row[key]}"
    return row["paragraph_id"], Mark(row["text_start"], row["text_end"], kind, href, title, anchor)


def _fact_marks(rows: Mapping[str, list[Row]]) -> list[tuple[str, Mark]]:
    """(paragraph_id, mark) for every person, organisation, activity and date."""
    out = []
    for m in rows["people"]:
        title = f"person: {m['name']} ({m['name_pinyin']}), found by {m['source']}"
        out.append(_fact(m, "person", "people", "person_id", title))
    for m in rows["organisations"]:
        title = f"organisation: {m['name']} ({m['type']}), resolved by {m['resolved_by']}"
        out.append(_fact(m, "organisation", "organisations", "organisation_id", title))
    for a in rows["activities"]:
        title = f"activity: {a['category']}, {a['status']}" + (
            f": {a['name']}" if a["name"] else ""
        )
        out.append(_fact(a, "activity", "activities", "activity_id", title))
        href = row_url("activities", a["activity_id"])
        out.extend((a["paragraph_id"], mark) for mark in _activity_dates(a, rows, href))
    return out


def _author_marks(rows: Mapping[str, list[Row]]) -> list[tuple[str, Mark]]:
    """Authors where their byline, dateline or credit prints their name."""
    texts = {p["paragraph_id"]: p["text"] for p in rows["paragraphs"]}
    out = []
    for au in rows["authors"]:
        found = next(occurrences(texts.get(au["paragraph_id"], ""), au["name"]), None)
        if found:
            title = f"author: {au['name']} ({au['role']})"
            href = row_url("people", au["person_id"])
            out.append((au["paragraph_id"], Mark(*found, "person", href, title)))
    return out


def _activity_dates(activity: Row, rows: Mapping[str, list[Row]], href: str) -> list[Mark]:
    """The activity's date as written, nearest to its name in the sentence it was read
    from (``在25日召开的…会议``: the date comes before the name)."""
    text = next(
        (p["text"] for p in rows["paragraphs"] if p["paragraph_id"] == activity["paragraph_id"]),
        "",
    )
    if not activity["date_text"] or not text:
        return []
    sentence = text.find(activity["evidence"] or "\0")
    start, end = (sentence, sentence + len(activity["evidence"])) if sentence >= 0 else (0, None)
    found = list(occurrences(text, activity["date_text"], start=start, end=end))
    if not found:
        return []
    s, e = min(found, key=lambda span: abs(span[0] - activity["text_start"]))
    title = f"date: {activity['start_date'] or 'no date'} ({activity['date_basis']})"
    return [Mark(s, e, "date", href, title)]


def _evidence_phrases(evidence: str | None) -> list[str]:
    """The words of an article's date evidence that may stand in its text
    (``党的十九大 (2017-10-24); 11月21日`` → ``党的十九大``, ``11月21日``)."""
    phrases = []
    for piece in filter(None, (evidence or "").split("; ")):
        phrase = piece.split(": ")[-1].split(" (")[0].strip()
        if phrase:
            phrases.append(phrase)
    return phrases


def _article_date_marks(article: Row, paragraphs: list[Row]) -> list[tuple[str, Mark]]:
    """Where the text says what the article's date was inferred from (first place)."""
    title = f"article date {article['date']} ({article['date_basis']})"
    out = []
    for phrase in dict.fromkeys(_evidence_phrases(article.get("date_evidence"))):
        for p in paragraphs:
            found = next(occurrences(p["text"], phrase), None) or next(
                occurrences(p["text"], phrase.split()[0]), None
            )
            if found:
                out.append((p["paragraph_id"], Mark(*found, "date", None, title)))
                break
    return out


def _quality_marks(rows: Mapping[str, list[Row]]) -> list[tuple[str, Mark]]:
    out = []
    for r in rows["repairs"]:
        title = f"{r['kind']}: the OCR gave {r['before']!r}"
        out.append((r["paragraph_id"], Mark(r["text_start"], r["text_end"], "repair", None, title)))
    for g in rows["garbled"]:
        title = f"unreadable OCR (score {g['score']:.2f}: {g['signals']})"
        out.append(
            (g["paragraph_id"], Mark(g["text_start"], g["text_end"], "garbled", None, title))
        )
    return out


def _target(rows: Mapping[str, list[Row]], args: Mapping[str, str]) -> tuple[str, Mark] | None:
    """The place a link asked for: a paragraph and span, or a fact's page offset."""
    if args.get("p") and "-" in args.get("t", ""):
        start, _, end = args["t"].partition("-")
        if start.isdigit() and end.isdigit():
            return args["p"], Mark(int(start), int(end), "target", None, None, "target")
    at = args.get("at", "")
    if not at.isdigit():
        return None
    for name in ("people", "organisations", "activities", "positions"):
        for r in rows[name]:
            if r["page_start"] == int(at):
                return r["paragraph_id"], Mark(
                    r["text_start"], r["text_end"], "target", None, None, "target"
                )
    for p in rows["paragraphs"]:
        if p["page_start"] <= int(at) < p["page_end"]:
            return p["paragraph_id"], Mark(0, len(p["text"]), "target", None, None, "target")
    return None


def article_view(rows: Mapping[str, list[Row]], args: Mapping[str, str]) -> dict[str, Any]:
    """What the article template shows: paragraphs as HTML with marks, and the facts."""
    article = rows["article"][0]
    marks: dict[str, list[Mark]] = defaultdict(list)
    target = _target(rows, args)
    found = [
        *_fact_marks(rows),
        *_author_marks(rows),
        *_article_date_marks(article, rows["paragraphs"]),
        *_quality_marks(rows),
        *([target] if target else []),
    ]
    for paragraph_id, mark in found:
        marks[paragraph_id].append(mark)
    repairs = defaultdict(int)
    for r in rows["repairs"]:
        repairs[r["paragraph_id"]] += 1
    paragraphs = [
        {
            **p,
            "html": render(p["text"], marks[p["paragraph_id"]]),
            "repair_count": repairs[p["paragraph_id"]],
        }
        for p in rows["paragraphs"]
    ]
    return {
        "article": article,
        "paragraphs": paragraphs,
        "authors": rows["authors"],
        "people": _people(rows),
        "organisations": _organisations(rows),
        "activities": rows["activities"],
        "has_target": target is not None,
    }


def _people(rows: Mapping[str, list[Row]]) -> list[Row]:
    """Each person once, with their titles in this article and their first mention."""
    people: dict[str, Row] = {}
    for m in rows["people"]:
        people.setdefault(m["person_id"], {**m, "titles": []})
    for t in rows["titles"]:
        person = people.setdefault(t["person_id"], {**t, "mention_id": None, "titles": []})
        person["titles"].append(t)
    return list(people.values())


def _organisations(rows: Mapping[str, list[Row]]) -> list[Row]:
    organisations: dict[str, Row] = {}
    for m in rows["organisations"]:
        org = organisations.setdefault(m["organisation_id"], {**m, "written": []})
        if m["name_as_written"] not in org["written"]:
            org["written"].append(m["name_as_written"])
    return list(organisations.values())
