"""Chinese full-text search in SQLite: overlapping character bigrams.

SQLite's ``unicode61`` tokenizer reads a run of Chinese characters as a single token, so
it finds nothing inside running text; ``trigram`` never matches two-character words such
as most names. The search tables therefore index text as overlapping bigrams, plus the
run's last character alone (``工会主席`` → ``工会 会主 主席 席``), and a query is turned
into the same bigrams as a phrase, which matches exactly the texts that contain the query
as a substring. One character alone becomes a prefix query (``席*``): every character of
a run starts a token, the last one included, so it finds every occurrence. Latin words
and numbers stay words, and match as prefixes (``Gao`` finds ``Gao Liqun``).

The database writer fills the search tables with :func:`to_index`; Datasette's search
box goes through :func:`to_query` (see :mod:`gonghui.datasette_plugin`). From plain
SQLite, use ``… MATCH '"工会 会主 主席"'``, or ``LIKE`` on the table itself.
"""

from __future__ import annotations

import re

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN_RE = re.compile(rf"[{_CJK}]+|[0-9A-Za-z]+")
_CJK_RE = re.compile(rf"[{_CJK}]")
_LATIN_RE = re.compile(r"[0-9A-Za-z]")
#: Every Chinese character with the next one when it is Chinese too (a run's bigrams,
#: then its last character alone); in the second group, a Latin word or number.
_PAIR = rf"(?=([{_CJK}]{{1,2}}))[{_CJK}]"
_TOKEN_RE = re.compile(_PAIR + r"|([0-9A-Za-z]+)")
_PAIR_RE = re.compile(_PAIR)


def _bigrams(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def to_index(text: str | None) -> str:
    """The text as space-separated tokens for an FTS5 ``unicode61`` column."""
    if not text:
        return ""
    if not _LATIN_RE.search(text):  # most paragraphs: the regular-expression engine alone
        return " ".join(_PAIR_RE.findall(text))
    return " ".join(pair or word.lower() for pair, word in _TOKEN_RE.findall(text))


def to_query(query: str | None) -> str:
    """An FTS5 query matching the texts that contain every word of ``query``."""
    parts = []
    for run in _RUN_RE.findall(query or ""):
        if not _CJK_RE.match(run):
            parts.append(f"{run.lower()}*")
        elif len(run) == 1:
            parts.append(f"{run}*")
        else:
            parts.append('"' + " ".join(_bigrams(run)) + '"')
    return " ".join(parts) if parts else '""'


def terms(query: str | None) -> list[str]:
    """The runs of ``query`` a text must contain (what a page highlights)."""
    return _RUN_RE.findall(query or "")


def has_chinese(text: str | None) -> bool:
    return bool(_CJK_RE.search(text or ""))
