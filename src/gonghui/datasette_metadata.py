"""Datasette metadata, derived from the catalog: titles, descriptions of every table and
column, facets, search, and canned queries."""

from __future__ import annotations

from typing import Any

from gonghui.catalog import TABLES

DATABASE = "gonghui"

#: Canned queries: SQL a researcher would otherwise have to write.
QUERIES: dict[str, dict[str, Any]] = {
    "search": {
        "title": "Search the paragraphs (Chinese full text)",
        "description": "Paragraphs containing every word you type, with their article. "
        "Chinese is matched as a substring: 工会主席, 娘家人, 培训班.",
        "sql": (
            "select a.headline, a.date, p.role, p.text, p.paragraph_id, p.article_id\n"
            "from paragraphs_fts f\n"
            "join paragraphs p on p.rowid = f.rowid\n"
            "left join articles a on a.article_id = p.article_id\n"
            "where paragraphs_fts match gonghui_fts(:q)\n"
            "order by a.date, p.page_id, p.seq\n"
            "limit 200"
        ),
    },
    "person": {
        "title": "A person: positions and articles",
        "description": "Every title a person holds and every article naming them. Type a "
        "name (高立群) or part of the pinyin (Gao).",
        "sql": (
            "select pe.name, pe.name_pinyin, po.title_normalised as title,\n"
            "  o.name as organisation, a.date, a.headline, po.evidence, po.article_id\n"
            "from people pe\n"
            "join positions po on po.person_id = pe.person_id\n"
            "left join organisations o on o.organisation_id = po.organisation_id\n"
            "join articles a on a.article_id = po.article_id\n"
            "where pe.name = :name or pe.name_pinyin like '%' || :name || '%'\n"
            "union all\n"
            "select pe.name, pe.name_pinyin, '(' || m.source || ')', null, a.date, a.headline,\n"
            "  substr(p.text, m.text_start + 1, m.text_end - m.text_start), m.article_id\n"
            "from people pe\n"
            "join person_mentions m on m.person_id = pe.person_id\n"
            "join paragraphs p on p.paragraph_id = m.paragraph_id\n"
            "join articles a on a.article_id = m.article_id\n"
            "where pe.name = :name or pe.name_pinyin like '%' || :name || '%'\n"
            "order by 5, 6"
        ),
    },
    "union_posts": {
        "title": "Who held which union post where, and when",
        "description": "Titles at union federations and unions, dated by their article.",
        "sql": (
            "select a.date, pe.name, pe.name_pinyin, po.title_normalised as title,\n"
            "  o.name as organisation, o.type, o.district, po.evidence\n"
            "from positions po\n"
            "join people pe on pe.person_id = po.person_id\n"
            "join organisations o on o.organisation_id = po.organisation_id\n"
            "join articles a on a.article_id = po.article_id\n"
            "where o.type in ('union_federation', 'union')\n"
            "order by o.name, a.date, pe.name"
        ),
    },
    "timeline": {
        "title": "Timeline of activities",
        "description": "Activities in date order (see also the activity_timeline view, "
        "which can be faceted by category and organiser).",
        "sql": ("select * from activity_timeline order by start_date, article_date, name"),
    },
    "coverage": {
        "title": "Nothing lost: coverage and repairs per page",
        "sql": (
            "select pg.source_file, pg.coverage, pg.articles,\n"
            "  (select count(*) from paragraphs p where p.page_id = pg.page_id) as paragraphs,\n"
            "  (select count(*) from repairs r join paragraphs p using (paragraph_id)\n"
            "     where p.page_id = pg.page_id) as repairs,\n"
            "  (select count(*) from paragraphs p where p.page_id = pg.page_id and p.is_garbled)\n"
            "     as garbled_paragraphs\n"
            "from pages pg order by pg.source_file"
        ),
    },
}

#: Views created in the database (Datasette facets work on views too).
VIEWS = {
    "activity_timeline": (
        "create view activity_timeline as\n"
        "select act.start_date, act.end_date, act.start_date_precision as precision,\n"
        "  act.time_of_day, act.date_text, act.date_basis,\n"
        "  act.category, act.status, act.name, o.name as organiser, act.place,\n"
        "  act.participants, act.participants_qualifier, act.participants_unit,\n"
        "  a.date as article_date, a.headline, act.evidence, act.activity_id,\n"
        "  act.parent_activity_id, act.article_id\n"
        "from activities act\n"
        "join articles a on a.article_id = act.article_id\n"
        "left join organisations o on o.organisation_id = act.organiser_id"
    ),
}


def metadata(parquet_url: str = "/-/parquet") -> dict[str, Any]:
    """The metadata Datasette is started with."""
    tables: dict[str, Any] = {}
    for t in TABLES:
        links = f' <a href="{parquet_url}/{t.name}.parquet">Download {t.name}.parquet</a>.'
        entry: dict[str, Any] = {
            "title": t.title,
            "description_html": _escape(t.description) + links,
            "columns": {f.name: f.description for f in t.fields},
            "facets": [f.name for f in t.fields if f.facet],
        }
        if t.label_column:
            entry["label_column"] = t.label_column
        if t.search_columns:
            entry["fts_table"] = f"{t.name}_fts"
            entry["fts_pk"] = "rowid"
        tables[t.name] = entry
    tables["activity_timeline"] = {
        "title": "Activity timeline",
        "description": "Activities in date order with organiser names; facet by category, "
        "status or organiser.",
        "facets": ["category", "status", "organiser", "date_basis"],
        "sort": "start_date",
    }
    downloads = " · ".join(f'<a href="{parquet_url}/{t.name}.parquet">{t.name}</a>' for t in TABLES)
    return {
        "title": "Gonghui: a Beijing trade-union newspaper as data",
        "description_html": (
            "Articles, paragraphs, people, organisations, positions and activities read from "
            "OCR'd pages of a Beijing trade-union (工会) newspaper, 2015–2023. Every fact "
            "points to the page, paragraph and character span it was read from. "
            f"Parquet downloads: {downloads}."
        ),
        "license": "MIT (code and records); article texts © the newspaper",
        "license_url": "https://opensource.org/licenses/MIT",
        "source": "OCR'd pages of a Beijing trade-union newspaper",
        "about": "gonghui",
        "about_url": "https://pypi.org/project/gonghui/",
        "databases": {
            DATABASE: {
                "title": "Gonghui tables",
                "description_html": (
                    "Start with <b>articles</b> or <b>people</b>; the canned queries below "
                    "answer common questions. Chinese search works in every search box. "
                    f"Parquet downloads: {downloads}."
                ),
                "tables": tables,
                "queries": QUERIES,
            }
        },
    }


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
