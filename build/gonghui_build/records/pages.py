"""The rows of a page and its text: pages, articles, paragraphs, repairs, garbled runs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from gonghui.catalog import row
from gonghui_build.extract.dates.article import curated_date
from gonghui_build.extract.facts import ArticleFacts, PageFacts
from gonghui_build.ids import article_id, stable_id
from gonghui_build.layout.headroles import subtitle_text
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.quality import Run, quality
from gonghui_build.parsed import ParsedPage
from gonghui_build.text.chars import needs_blank_between, nonblank_count

Row = dict[str, Any]
Tables = dict[str, list[Row]]


def covered(text: str, paragraphs: Sequence[Paragraph]) -> int:
    """Non-blank characters lying in exactly one paragraph: the pieces' starts and ends
    swept in order give the stretches covered once, whose characters are counted (time
    in the number of pieces and of characters, not in their product)."""
    steps: dict[int, int] = defaultdict(int)
    for p in paragraphs:
        for s, e in p.pieces:
            if e > s:
                steps[s] += 1
                steps[e] -= 1
    total, depth, previous = 0, 0, 0
    for at in sorted(steps):
        if depth == 1:
            total += nonblank_count(text, previous, min(at, len(text)))
        depth, previous = depth + steps[at], at
    return total


def paragraph_id(parsed: ParsedPage, p: Paragraph) -> str:
    """A paragraph: its page and the offset of its first piece."""
    return stable_id("par", parsed.page.page_id, str(p.pieces[0][0]))


# --- the page and its text ------------------------------------------------------------


def _page_row(parsed: ParsedPage, curated: dict[str, str]) -> Row:
    page = parsed.page
    date = curated_date(curated["date"]) if curated.get("date") else None
    covered_chars, nonblank = covered(page.text, parsed.paragraphs), nonblank_count(page.text)
    return row(
        "pages",
        page_id=page.page_id,
        source_file=page.source_file,
        sha256=page.sha256,
        encoding=page.encoding,
        chars=len(page.text),
        nonblank_chars=nonblank,
        covered_chars=covered_chars,
        coverage=round(covered_chars / nonblank, 6) if nonblank else 1.0,
        articles=len(parsed.articles),
        date=date.date if date else None,
        date_precision=date.precision if date else None,
        newspaper=curated.get("newspaper") or None,
        page_label=curated.get("page_label") or None,
    )


def joined_lines(lines: Sequence[str]) -> str:
    """A headline printed over several lines as one: Chinese text runs on with no blank
    (``某市：职工书屋`` / ``开进建筑工地`` is ``某市：职工书屋开进建筑工地``, as the gold
    writes it, OCR spaces removed); a blank stays only between two Latin words or numbers
    (``Smart`` / ``Union``), which would run together otherwise."""
    out = ""
    for line in (x.strip() for x in lines):
        if out and line and needs_blank_between(out[-1], line[0]):
            out += " "
        out += line
    return out


def _article_row(parsed: ParsedPage, index: int, kind: str, facts: ArticleFacts) -> Row:
    paras = parsed.paragraphs_of(index)

    def text_of(role: str) -> str | None:
        texts = [p.text for p in paras if p.role == role]
        return " ".join(texts) if texts else None

    heads = [p.text for p in paras if p.role == "headline"]
    subtitle = text_of("subtitle")
    date = facts.date  # the curated date when the metadata file gives one
    return row(
        "articles",
        article_id=article_id(parsed.page.page_id, facts.page_start),
        page_id=parsed.page.page_id,
        source_file=parsed.page.source_file,
        page_order=index + 1,
        kind=kind,
        kicker=text_of("kicker"),
        headline=joined_lines(heads) if heads else None,
        subtitle=subtitle_text(subtitle) if subtitle else None,
        byline=text_of("byline") or text_of("dateline"),
        standfirst=text_of("standfirst"),
        continued=parsed.articles[index].continued,
        paragraphs=len(paras),
        body_chars=sum(len(p.text) for p in paras if p.role == "body"),
        page_start=min(p.page_start for p in paras),
        page_end=max(p.page_end for p in paras),
        date=date.date,
        date_precision=date.precision,
        date_basis=date.stated_basis,
        date_evidence=date.evidence,
    )


def _paragraph_rows(p: Paragraph, paragraph_id: str, article: str | None, runs: list[Run]):
    cleaned = p.cleaned
    yield (
        "paragraphs",
        row(
            "paragraphs",
            paragraph_id=paragraph_id,
            page_id=p.page_id,
            article_id=article,
            seq=p.seq,
            role=p.role,
            text=cleaned.text,
            original_text=cleaned.original,
            page_start=p.page_start,
            page_end=p.page_end,
            pieces=";".join(f"{s}-{e}" for s, e in p.pieces),
            repairs=len(cleaned.edits),
            quality=quality(cleaned.text, runs),
            is_garbled=bool(runs),
            is_fragment=p.is_fragment,
        ),
    )
    for n, edit in enumerate(cleaned.edits, start=1):
        # the repair's own fields are the table's: kind, spans, before and after
        fields = {**vars(edit), "after": edit.after or None}
        repair_id = f"{paragraph_id}.r{n:03d}"
        yield "repairs", row("repairs", repair_id=repair_id, paragraph_id=paragraph_id, **fields)
    for n, run in enumerate(runs, start=1):
        start, end = cleaned.page_span(run.start, run.end)
        yield (
            "garbled_runs",
            row(
                "garbled_runs",
                run_id=f"{paragraph_id}.g{n:02d}",
                paragraph_id=paragraph_id,
                text_start=run.start,
                text_end=run.end,
                page_start=start,
                page_end=end,
                text=cleaned.text[run.start : run.end],
                score=run.score,
                signals=",".join(run.signals),
            ),
        )


def page_rows(parsed: ParsedPage, facts: PageFacts, curated: dict[str, str] | None) -> Tables:
    """The rows of the page, its articles, paragraphs, repairs and garbled runs."""
    out: Tables = defaultdict(list)
    out["pages"].append(_page_row(parsed, curated or {}))
    articles = {}
    for a in parsed.articles:
        article_facts = facts.articles[a.index]
        out["articles"].append(_article_row(parsed, a.index, a.kind, article_facts))
        articles[a.index] = out["articles"][-1]["article_id"]
    for p in parsed.paragraphs:
        article = articles.get(p.article) if p.article is not None else None
        for table, r in _paragraph_rows(
            p, paragraph_id(parsed, p), article, parsed.runs.get(p.seq, [])
        ):
            out[table].append(r)
    return out
