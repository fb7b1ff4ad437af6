"""Person and organisation pages: what a researcher asks of a name.

A person: their titles over time (title, organisation, article date), the articles that
name them or that they wrote, the activities they took part in. An organisation: its
other names (short forms, abbreviations, former names), its parent and parts, the people
holding posts in it, its activities and the articles naming it.
"""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]

PERSON = {
    "person": "select * from people where person_id = :id",
    "titles": "select * from positions_per_article where person_id = :id "
    "order by date is null, date, title",
    "articles": "select * from ("
    "select a.article_id, a.date, a.headline, a.source_file, "
    "'named ' || count(*) || '×' as how, min(m.page_start) as page_start "
    "from person_mentions m join articles a using (article_id) where m.person_id = :id "
    "group by a.article_id "
    "union all "
    "select a.article_id, a.date, a.headline, a.source_file, au.role, au.page_start "
    "from authors au join articles a using (article_id) where au.person_id = :id"
    ") order by date is null, date, headline",
    "activities": "select ap.role, act.* from activity_participants ap "
    "join activities act using (activity_id) where ap.person_id = :id "
    "order by act.start_date is null, act.start_date",
}

ORGANISATION = {
    "organisation": "select * from organisations where organisation_id = :id",
    "aliases": "select alias, kind, source from organisation_aliases "
    "where organisation_id = :id order by kind, alias",
    "parent": "select p.organisation_id, p.name, p.type from organisations o "
    "join organisations p on p.organisation_id = o.parent_id where o.organisation_id = :id",
    "parts": "select organisation_id, name, type from organisations where parent_id = :id "
    "order by name",
    "people": "select * from positions_per_article where organisation_id = :id order by name, date",
    "activities": "select act.*, group_concat(distinct ap.role) as roles from activities act "
    "left join activity_participants ap "
    "on ap.activity_id = act.activity_id and ap.organisation_id = :id "
    "where act.organiser_id = :id or ap.organisation_id = :id "
    "group by act.activity_id order by act.start_date is null, act.start_date",
    "articles": "select a.article_id, a.date, a.headline, count(*) as mentions, "
    "group_concat(distinct m.name_as_written) as written, min(m.page_start) as page_start "
    "from organisation_mentions m join articles a using (article_id) "
    "where m.organisation_id = :id group by a.article_id order by a.date is null, a.date",
}


async def _fetch(db, queries: dict[str, str], key: str) -> dict[str, list[Row]] | None:
    rows: dict[str, list[Row]] = {}
    for name, sql in queries.items():
        rows[name] = [dict(r) for r in (await db.execute(sql, {"id": key})).rows]
    first = next(iter(queries))
    return rows if rows[first] else None


async def person(db, person_id: str) -> dict[str, Any] | None:
    rows = await _fetch(db, PERSON, person_id)
    if rows is None:
        return None
    return {**rows, "person": rows["person"][0]}


async def organisation(db, organisation_id: str) -> dict[str, Any] | None:
    rows = await _fetch(db, ORGANISATION, organisation_id)
    if rows is None:
        return None
    aliases = rows["aliases"]
    return {
        **rows,
        "organisation": rows["organisation"][0],
        "former_names": [a for a in aliases if a["kind"] == "former_name"],
        "other_names": [a for a in aliases if a["kind"] != "former_name"],
        "parent": rows["parent"][0] if rows["parent"] else None,
    }
