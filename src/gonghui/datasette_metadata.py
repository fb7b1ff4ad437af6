"""Datasette metadata, derived from the catalog: titles, descriptions of every table and
column, facets, default order, search, views and canned queries; and the settings the
server runs with."""

from __future__ import annotations

from html import escape
from typing import Any

from gonghui.catalog import TABLES, Table

DATABASE = "gonghui"

#: Server settings: bounded work per request, no streaming of whole tables (the Parquet
#: files and the database download are there for that), no facet suggestions (they cost
#: seconds on a large table, and read a year as a day number); the facets a researcher
#: needs are declared.
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 1000,
    "facet_time_limit_ms": 500,
    "suggest_facets": False,
    "allow_csv_stream": False,
    "default_page_size": 30,
    "default_facet_size": 8,
}

#: Rows the canned search returns (the first in page order; the paragraphs table's
#: search box pages through all of them).
SEARCH_LIMIT = 100

#: Canned queries: SQL a researcher would otherwise have to write. Columns named like a
#: table's key (``article_id``, ``person_id``…) and the label beside them (``headline``,
#: ``name``, ``organisation``) become links (see :mod:`gonghui.datasette_plugin`).
QUERIES: dict[str, dict[str, Any]] = {
    "search": {
        "title": "Search the paragraphs (Chinese full text)",
        "description": "Paragraphs containing every word you type, in page order, with their "
        f"article (the first {SEARCH_LIMIT}). Chinese is matched as a substring: 工会主席, "
        "娘家人, 培训班; one character finds every paragraph holding it.",
        "sql": (
            "select p.text, a.headline, a.date, p.role, p.article_id, p.paragraph_id\n"
            "from (select rowid from paragraphs_fts\n"
            "      where paragraphs_fts match gonghui_fts(:q)\n"
            f"      order by rowid limit {SEARCH_LIMIT}) hits\n"
            "join paragraphs p on p.rowid = hits.rowid\n"
            "left join articles a on a.article_id = p.article_id\n"
            "order by p.rowid"
        ),
    },
    "person": {
        "title": "A person: titles and articles",
        "description": "Every title a person holds (one row per title, organisation and "
        "article) and every article naming them. Type a name in Chinese characters or "
        "part of its pinyin.",
        "sql": (
            "with person as (\n"
            "  select person_id from people\n"
            "  where name = :name or name_pinyin like '%' || :name || '%')\n"
            "select t.name, t.title, t.organisation, t.date, t.headline, t.evidence,\n"
            "  t.person_id, t.organisation_id, t.article_id, t.page_start\n"
            "from positions_per_article t join person using (person_id)\n"
            "union all\n"
            "select pe.name, '(' || m.source || ')', null, a.date, a.headline,\n"
            "  substr(p.text, m.text_start + 1, m.text_end - m.text_start),\n"
            "  pe.person_id, null, m.article_id, m.page_start\n"
            "from person_mentions m join person using (person_id)\n"
            "join people pe on pe.person_id = m.person_id\n"
            "join paragraphs p on p.paragraph_id = m.paragraph_id\n"
            "join articles a on a.article_id = m.article_id\n"
            "order by 4, 5, 10"
        ),
    },
    "union_posts": {
        "title": "Who held which union post where, and when",
        "description": "Titles at union federations and unions, one row per person, title, "
        "organisation and article, dated by the article.",
        "sql": (
            "select t.date, t.name, t.name_pinyin, t.title, t.organisation, o.type, o.district,\n"
            "  t.evidence, t.person_id, t.organisation_id, t.article_id, t.page_start\n"
            "from positions_per_article t\n"
            "join organisations o on o.organisation_id = t.organisation_id\n"
            "where o.type in ('union_federation', 'union')\n"
            "order by t.organisation, t.date, t.name"
        ),
    },
    "timeline": {
        "title": "Timeline of activities",
        "description": "Activities in date order, undated ones last (see also the "
        "activity_timeline view, which can be faceted by category, year and organiser).",
        "sql": (
            "select start_date, end_date, date_text, category, status, name, organiser,\n"
            "  place, participants, headline, evidence, activity_id, article_id,\n"
            "  organiser_id, page_start\n"
            "from activity_timeline\n"
            "order by start_date is null, start_date, article_date, name"
        ),
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
        "  act.parent_activity_id, act.article_id, act.organiser_id, act.page_start\n"
        "from activities act\n"
        "join articles a on a.article_id = act.article_id\n"
        "left join organisations o on o.organisation_id = act.organiser_id\n"
        "order by act.start_date is null, act.start_date, a.date, act.name"
    ),
    # One row per person, title and organisation per article: `positions` has one row
    # per statement (an article may state a title several times).
    "positions_per_article": (
        "create view positions_per_article as\n"
        "select a.date, pe.name, pe.name_pinyin, po.title_normalised as title,\n"
        "  o.name as organisation, a.headline, count(*) as statements,\n"
        "  min(po.page_start) as page_start, po.evidence,\n"
        "  po.person_id, po.organisation_id, po.article_id\n"
        "from positions po\n"
        "join people pe on pe.person_id = po.person_id\n"
        "left join organisations o on o.organisation_id = po.organisation_id\n"
        "join articles a on a.article_id = po.article_id\n"
        "group by po.person_id, po.title_normalised, po.organisation_id, po.article_id\n"
        "order by pe.name, a.date, title, organisation"
    ),
}

VIEW_METADATA: dict[str, dict[str, Any]] = {
    "activity_timeline": {
        "title": "Activity timeline",
        "description": "Activities in date order (undated last) with organiser names; facet "
        "by category, status, year or organiser.",
        "facets": ["category", "status", {"year": "start_date"}, "organiser", "date_basis"],
    },
    "positions_per_article": {
        "title": "Positions, one row per article",
        "description": "Who held which title at which organisation, one row per person, "
        "title and organisation in each article (`statements` counts how often the "
        "article states it; every statement is a row of `positions`).",
        "facets": ["title", "organisation"],
    },
}


def _table_metadata(t: Table, parquet_url: str) -> dict[str, Any]:
    columns = "".join(f"<dt>{f.name}</dt><dd>{escape(f.description)}</dd>" for f in t.fields)
    entry: dict[str, Any] = {
        "title": t.title,
        "description_html": (
            f"<p>{escape(t.description)}</p>"
            f'<p class="gonghui-download"><a href="{parquet_url}/{t.name}.parquet">'
            f"Download {t.name}.parquet</a></p>"
            f'<details class="gonghui-columns"><summary>What the {len(t.fields)} columns '
            f"mean</summary><dl>{columns}</dl></details>"
        ),
        "columns": {f.name: f.description for f in t.fields},
        "facets": [f.name for f in t.fields if f.facet]
        + [{"year": f.name} for f in t.fields if f.year_facet],
        # rows are stored in the table's declared order: rowid is that order
        "sort": "rowid",
        "sortable_columns": ["rowid", *t.field_names],
    }
    if t.label_column:
        entry["label_column"] = t.label_column
    if t.search_columns:
        entry["fts_table"] = f"{t.name}_fts"
        entry["fts_pk"] = "rowid"
    return entry


def metadata(parquet_url: str = "/-/parquet") -> dict[str, Any]:
    """The metadata Datasette is started with."""
    tables = {t.name: _table_metadata(t, parquet_url) for t in TABLES}
    tables.update(VIEW_METADATA)
    downloads = " · ".join(f'<a href="{parquet_url}/{t.name}.parquet">{t.name}</a>' for t in TABLES)
    return {
        "title": "Gonghui: Chinese trade-union newspapers as data",
        "description_html": (
            '<form class="gonghui-search" action="/-/search" method="get">'
            '<input type="search" name="q" placeholder="人名、单位、活动… a name, an '
            'organisation, an activity" aria-label="Search everything">'
            '<button type="submit">Search</button></form>'
            "<p>Articles, paragraphs, people, organisations, positions and activities read "
            "from pages of Chinese trade-union (工会) newspapers. Every "
            "fact points to the page, paragraph and character span it was read from.</p>"
            '<p class="gonghui-start">Start with <a href="/gonghui/articles">articles</a>, '
            '<a href="/gonghui/people">people</a>, '
            '<a href="/gonghui/organisations">organisations</a> or the '
            '<a href="/gonghui/timeline">timeline of activities</a>.</p>'
            '<p class="gonghui-check">To check a fact: every row of people, '
            "organisations, positions and activities links to its article, where the "
            "words it was read from are marked in the text; the article names its page "
            "file and the characters it spans there.</p>"
            '<p class="gonghui-cite">To cite: the data version and build date are in '
            "datapackage.json (<code>version</code>, <code>created</code>); see "
            "CITATION.cff.</p>"
            f"<p>Parquet downloads: {downloads}; the whole database: "
            '<a href="/gonghui.db">gonghui.db</a>.</p>'
        ),
        "license": "MIT (code and records); article texts © the newspaper",
        "license_url": "https://opensource.org/licenses/MIT",
        "source": "Pages of Chinese trade-union newspapers (each article names its page file)",
        "databases": {
            DATABASE: {
                "title": "Gonghui tables",
                "description_html": (
                    "Start with <b>articles</b> or <b>people</b>; the canned queries below "
                    'answer common questions; <a href="/-/search">search everything</a>. '
                    f"Chinese search works in every search box. Parquet downloads: {downloads}."
                ),
                "tables": tables,
                "queries": QUERIES,
            }
        },
        # The folder of the Parquet files comes from the environment, so that no path
        # of the serving machine appears in /-/metadata.json.
        "plugins": {"gonghui": {"parquet_dir": {"$env": "GONGHUI_PARQUET_DIR"}}},
    }
