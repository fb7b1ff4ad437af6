"""The rows of the facts: mentions, authors, positions, activities and their
participants, each pointing at the organisation or person :mod:`gonghui_build.resolve`
says it names; and the rows of those people and organisations."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import islice
from typing import Any

from gonghui.catalog import row
from gonghui_build.extract.facts import ActivityFact, ArticleFacts, Span
from gonghui_build.ids import stable_id
from gonghui_build.resolve import Identities
from gonghui_build.text.names import split_name
from gonghui_build.text.pinyin import person_pinyin
from gonghui_build.vocabulary import ParticipantRole

Row = dict[str, Any]
Tables = dict[str, list[Row]]


def _provenance(span: Span, article: str, para_ids: dict[int, str]) -> Row:
    return {
        "article_id": article,
        "paragraph_id": para_ids[span.paragraph],
        "page_start": span.page_start,
        "page_end": span.page_end,
        "text_start": span.text_start,
        "text_end": span.text_end,
    }


def _fact(
    table: str, span: Span, article: str, para_ids: dict[int, str], confidence: float, **values
) -> Row:
    """A row of a fact read from ``span``: with its provenance, the confidence of the
    rule that read it, and whether it lies in a garbled run."""
    return row(
        table,
        **_provenance(span, article, para_ids),
        confidence=round(confidence, 3),
        in_garbled_run=span.in_garbled_run,
        **values,
    )


def _activity_id(span: Span, para_ids: dict[int, str]) -> str:
    """An activity's id: the span it was read from."""
    return stable_id("act", para_ids[span.paragraph], str(span.text_start), str(span.text_end))


def _parent_id(a: ActivityFact, ids: list[str], para_ids: dict[int, str]) -> str | None:
    """The id of the activity ``a`` is part of: one of its article's, or one an earlier
    article of the page reported (its span)."""
    if a.parent is not None:
        return ids[a.parent]
    return _activity_id(a.parent_span, para_ids) if a.parent_span is not None else None


def _activity_rows(
    acts: tuple[ActivityFact, ...], article: str, para_ids: dict[int, str], who: Identities
):
    ids = [_activity_id(a.span, para_ids) for a in acts]
    for a, activity_id in zip(acts, ids, strict=True):
        organiser = who.organisations.id_of(a.organiser.name) if a.organiser else None
        counted = a.participants
        yield (
            "activities",
            _fact(
                "activities",
                a.span,
                article,
                para_ids,
                a.confidence,
                activity_id=activity_id,
                name=a.name,
                category=a.category,
                status=a.status,
                place=a.place,
                start_date=a.date.start,
                start_date_precision=a.date.start_precision,
                end_date=a.date.end,
                end_date_precision=a.date.end_precision,
                date_text=a.date.text,
                time_of_day=a.date.time_of_day,
                date_basis=a.date.basis,
                participants=counted.count if counted else None,
                participants_unit=counted.unit if counted else None,
                participants_qualifier=counted.qualifier if counted else None,
                participants_text=counted.text if counted else None,
                duration_days=a.duration_days,
                duration_text=a.duration_text,
                parent_activity_id=_parent_id(a, ids, para_ids),
                organiser_id=organiser,
                evidence=a.evidence,
            ),
        )
        if organiser:
            yield (
                "activity_participants",
                row(
                    "activity_participants",
                    participant_id=stable_id("ap", activity_id, organiser, "organiser"),
                    activity_id=activity_id,
                    organisation_id=organiser,
                    role=ParticipantRole.organiser,
                    page_start=a.span.page_start,
                    page_end=a.span.page_end,
                ),
            )


def _people_rows(facts: ArticleFacts, article: str, para_ids: dict[int, str], who: Identities):
    for p in facts.people:
        yield (
            "person_mentions",
            _fact(
                "person_mentions",
                p.span,
                article,
                para_ids,
                p.confidence,
                mention_id=stable_id("pm", para_ids[p.span.paragraph], str(p.span.text_start)),
                person_id=who.people.id_of(p.name, article),
                name_as_written=p.name_as_written,
                source=p.source,
                signals=",".join(p.signals),
            ),
        )
    for a in facts.authors:
        yield (
            "authors",
            row(
                "authors",
                article_id=article,
                person_id=who.people.id_of(a.name, article),
                role=a.role,
                title=a.title,
                paragraph_id=para_ids[a.span.paragraph],
                page_start=a.span.page_start,
                page_end=a.span.page_end,
            ),
        )


def _organisation_rows(facts: ArticleFacts, article: str, para_ids: dict[int, str], who):
    for o in facts.orgs:
        yield (
            "organisation_mentions",
            _fact(
                "organisation_mentions",
                o.span,
                article,
                para_ids,
                o.confidence,
                mention_id=stable_id(
                    "om", para_ids[o.span.paragraph], str(o.span.text_start), str(o.span.text_end)
                ),
                organisation_id=who.organisations.id_of(o.resolved.name),
                name_as_written=o.name_as_written,
                resolved_by=o.resolved.resolved_by,
            ),
        )
    for pos in facts.positions:
        para = para_ids[pos.span.paragraph]
        yield (
            "positions",
            _fact(
                "positions",
                pos.span,
                article,
                para_ids,
                pos.confidence,
                position_id=stable_id("pos", para, str(pos.span.text_start), pos.title, pos.name),
                person_id=who.people.id_of(pos.name, article),
                organisation_id=who.organisations.id_of(pos.org.name) if pos.org else None,
                title=pos.title,
                title_normalised=pos.title_normalised,
                organisation_as_written=pos.organisation_as_written,
                evidence=pos.evidence,
            ),
        )


def article_fact_rows(
    facts: ArticleFacts, article: str, para_ids: dict[int, str], who: Identities
) -> Tables:
    """The rows of one article's facts."""
    out: Tables = defaultdict(list)
    for rows in (
        _people_rows(facts, article, para_ids, who),
        _organisation_rows(facts, article, para_ids, who),
        _activity_rows(facts.activities, article, para_ids, who),
    ):
        for table, r in rows:
            out[table].append(r)
    return out


#: Rows of one identity table made at a time (:func:`identity_row_parts`).
PART = 10_000


def identity_row_parts(
    who: Identities, person_mentions: Counter, org_mentions: Counter, size: int = PART
) -> Iterator[tuple[str, list[Row]]]:
    """The people, organisations, aliases and merge decisions, with the number of
    mention rows that name each (by person and organisation id): each table's rows in
    order, ``size`` at a time. The build checks and stores each part before the next is
    made: every table's rows made at once as dicts (one merge decision for each name of
    each article) raised the build's peak by ≈ 0.03 MB a page (46 MB at 1,600 pages;
    benchmarks/README.md, stop 34)."""

    def people() -> Iterator[Row]:
        for p in who.people.people:
            surname = (split_name(p.name) or (p.name[:1], p.name[1:]))[0]
            named = {"name_pinyin": person_pinyin(p.name), "surname": surname}
            counts = {"mentions": person_mentions[p.person_id], "articles": len(p.articles)}
            yield row("people", **{**vars(p), **named, **counts})

    def organisations() -> Iterator[Row]:
        for o in who.organisations.organisations:
            counts = {"mentions": org_mentions[o.organisation_id], "articles": len(o.articles)}
            yield row("organisations", **{**vars(o), **counts})

    aliases = (row("organisation_aliases", **vars(a)) for a in who.organisations.aliases)
    merges = (row("person_merges", **vars(d)) for d in who.people.decisions)
    for table, rows in (
        ("people", people()),
        ("organisations", organisations()),
        ("organisation_aliases", aliases),
        ("person_merges", merges),
    ):
        while part := list(islice(rows, size)):
            yield table, part


def identity_rows(who: Identities, person_mentions: Counter, org_mentions: Counter) -> Tables:
    """Every row of :func:`identity_row_parts`, by table (the aliases and merge decisions
    always present, as lists)."""
    out: Tables = defaultdict(list, organisation_aliases=[], person_merges=[])
    for table, part in identity_row_parts(who, person_mentions, org_mentions):
        out[table].extend(part)
    return out
