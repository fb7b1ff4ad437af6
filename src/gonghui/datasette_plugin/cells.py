"""How a cell reads in Datasette: short labels on one line, yes/no, links everywhere.

* A foreign key shows a short label (a paragraph's first characters, not the whole
  paragraph) linking to its row, the full label as a tooltip.
* A boolean shows yes or no.
* In views and canned queries, a key column (``article_id``, ``person_id``…) links to
  its row, and the label beside it (``headline``, ``name``, ``organisation``…) too; an
  article link opens the article at the fact's place when the row says where.
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from gonghui.catalog import BOOLEAN, BY_NAME, TABLES
from gonghui.datasette_metadata import DATABASE

#: Characters of a label shown in a cell.
LABEL_CHARS = 14

#: Key column → the table it identifies (a table's single-column primary key, and the
#: other names the catalog gives to references).
KEY_TABLES: dict[str, str] = {
    t.primary_key[0]: t.name
    for t in TABLES
    if len(t.primary_key) == 1
    and sum(t.primary_key[0] == u.primary_key[0] for u in TABLES if len(u.primary_key) == 1) == 1
}
KEY_TABLES.update(
    {f.name: f.references.split(".")[0] for t in TABLES for f in t.fields if f.references}
)

#: Label column in a view or query → the key column whose row it names.
LABEL_KEYS = {
    "headline": "article_id",
    "name": ("person_id", "activity_id"),
    "organisation": "organisation_id",
    "organiser": "organiser_id",
}

BOOLEANS = {f.name for t in TABLES for f in t.fields if f.type == BOOLEAN}

#: (table, column) → the table a reference points to (looked up for every cell).
REFERENCES = {
    (t.name, f.name): f.references.split(".")[0] for t in TABLES for f in t.fields if f.references
}


def short(label: Any, limit: int = LABEL_CHARS) -> str:
    text = " ".join(str(label).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def row_url(table: str, key: str) -> str:
    return f"/{DATABASE}/{table}/{quote(str(key), safe='')}"


def _value(row, column: str) -> Any:
    try:
        value = row[column]
    except (IndexError, KeyError):
        return None
    return value["value"] if isinstance(value, dict) else value


def article_url(article_id: str, row=None) -> str:
    """The article page, at the fact's place when ``row`` says where."""
    url = row_url("articles", article_id)
    paragraph = _value(row, "paragraph_id") if row is not None else None
    start = _value(row, "text_start") if row is not None else None
    end = _value(row, "text_end") if row is not None else None
    if paragraph and start is not None and end is not None:
        return f"{url}?p={quote(paragraph)}&t={start}-{end}#target"
    if paragraph:
        return f"{url}#{quote(paragraph)}"
    page_start = _value(row, "page_start") if row is not None else None
    if page_start is not None:
        return f"{url}?at={page_start}#target"
    return url


def link(href: str, label: str, title: str | None = None, css: str = "gonghui-link") -> Markup:
    """A link; ``gonghui-link`` (a short label) stays on one line, other classes wrap."""
    tip = f' title="{escape(title)}"' if title else ""
    return Markup(f'<a class="{css}" href="{escape(href)}"{tip}>{escape(label)}</a>')


def _url_for(target: str, key: str, row) -> str:
    return article_url(key, row) if target == "articles" else row_url(target, key)


def _label_key(column: str, row) -> tuple[str, str] | None:
    keys = LABEL_KEYS.get(column, ())
    for key in (keys,) if isinstance(keys, str) else keys:
        value = _value(row, key)
        if value:
            return KEY_TABLES[key], value
    return None


def _target(table: str | None, column: str) -> str | None:
    """The table a cell's value identifies: a declared reference of a table, or by the
    column's name in a view or a query."""
    if table in BY_NAME:
        return REFERENCES.get((table, column))
    return KEY_TABLES.get(column)


def render_cell(row, value, column: str, table: str | None, database: str) -> Markup | str | None:
    """What Datasette shows in a cell of the gonghui database (None: its default)."""
    if database != DATABASE:
        return None
    if column in BOOLEANS and value in (0, 1):
        return "yes" if value else "no"
    key, label = (value["value"], value["label"]) if isinstance(value, dict) else (value, None)
    target = _target(table, column)
    if target and isinstance(key, str) and key:
        shown = short(label) if label not in (None, key) else short(key, 10)
        return link(_url_for(target, key, row), shown, str(label or key))
    if table not in BY_NAME and isinstance(value, str) and value:
        found = _label_key(column, row)
        if found:
            return link(_url_for(found[0], found[1], row), value, css="gonghui-name")
    return None
