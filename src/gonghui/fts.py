"""Chinese full-text search in SQLite: overlapping character bigrams.

SQLite's ``unicode61`` tokenizer reads a run of Chinese characters as a single token, so
it finds nothing inside running text; ``trigram`` never matches two-character words such
as most names. The search tables therefore index text as overlapping bigrams
(``工会主席`` → ``工会 会主 主席``) and a query is turned into the same bigrams as a phrase,
which matches exactly the texts that contain the query as a substring. One character
alone becomes a prefix query (``工*``). Latin words and numbers stay words.

The build writes the search tables with :func:`to_index`; Datasette's search box goes
through :func:`to_query` (see :mod:`gonghui.datasette_plugin`). From plain SQLite, use
``… MATCH '"工会 会主 主席"'``, or ``LIKE`` on the table itself.
"""

from __future__ import annotations

import re

_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9A-Za-z]+")
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _run_tokens(run: str) -> list[str]:
    if not _CJK_RE.match(run):
        return [run.lower()]
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def to_index(text: str | None) -> str:
    """The text as space-separated tokens for an FTS5 ``unicode61`` column."""
    if not text:
        return ""
    tokens: list[str] = []
    for run in _RUN_RE.findall(text):
        tokens.extend(_run_tokens(run))
    return " ".join(tokens)


def to_query(query: str) -> str:
    """An FTS5 query matching the texts that contain every word of ``query``."""
    parts = []
    for word in query.split():
        for run in _RUN_RE.findall(word):
            tokens = _run_tokens(run)
            if len(tokens) == 1 and _CJK_RE.match(tokens[0]) and len(run) == 1:
                parts.append(f"{tokens[0]}*")
            else:
                parts.append('"' + " ".join(tokens) + '"')
    return " ".join(parts) if parts else '""'


def has_chinese(text: str) -> bool:
    return bool(_CJK_RE.search(text or ""))
