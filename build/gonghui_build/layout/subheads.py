"""Bracketed sub-headings inside a reporter's article (``【阵地建设】`` on a line of its own).

A yearbook opens each entry with a head in 【】, and each entry is an article of its own
(:mod:`heads`). A feature or a news report may mark its own sections the same way: a
bracket alone on its line, between paragraphs of an article that a reporter or a
correspondent signed above its text. Those are the article's section headings, and what
follows each is still its text: the article does not end at them.
"""

from __future__ import annotations

from gonghui_build.layout.cues import ENTRY_HEAD_RE
from gonghui_build.layout.digest_titles import names_a_digest
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.text.chars import without_spaces

#: Head roles that sign an article above its text: a reporter's or correspondent's.
_SIGNED = frozenset({"byline", "dateline"})


def fold_signed_subheads(r: Reader) -> None:
    """Entries headed by a bare bracket, right after an open signed article, are that
    article's sections."""
    out: list[Draft] = []
    for draft in r.articles:
        host = out[-1] if out else None
        if host is not None and _signed_and_open(host) and _bare_bracket_entry(r, draft):
            host.body += sorted([*draft.roles, *draft.body])
            continue
        out.append(draft)
    r.articles[:] = out
    r.renumber()


def _signed_and_open(draft: Draft) -> bool:
    """An article opened by a head (no entry, no digest item), signed above its text by
    a byline or a dateline, with text of its own, and not closed by an end credit."""
    return (
        draft.hint is None
        and not draft.closed
        and draft.headline is not None
        and bool(_SIGNED & set(draft.roles.values()))
        and draft.has_body
    )


def _bare_bracket_entry(r: Reader, draft: Draft) -> bool:
    """An entry whose head is a bracket alone on its line (``【技能提升】``), with text; a
    digest's title in brackets (``【基层动态】``) heads items, not a section."""
    head = draft.headline
    if draft.hint != "entry" or head is None or not draft.body:
        return False
    compact = without_spaces(r.blocks[head].plain)
    match = ENTRY_HEAD_RE.match(compact)
    return match is not None and match.end() == len(compact) and not names_a_digest(match.group(1))
