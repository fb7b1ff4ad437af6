"""A union's committee printed bare in the sentence that names the union before it,
in an article that names the committee's officers (某厂工会召开会员代表大会，选举产生新一届
工会委员会和经费审查委员会 … 经费审查委员会主任：某某): the committee is the union's, named
with it (某厂工会经费审查委员会), as real_dev6's and real_dev7's gold list it. The grammar
reads no body in a bare committee's name (no place, no body before it) and dropped it.
A committee the article only reports elected, naming none of its officers, is what was
elected, no body the article reports on (real_dev7's and real_dev12's gold list none
so). The committees are reference data (``org_suffixes.yaml`` union_committees_alone).
Left alone too: a committee before a post in its sentence (某工会副主席、经费审查委员会主任:
part of the title, ``titles.yaml`` union_committees), one inside a name found, one whose
sentence names no union before it, and a meeting of committee members (女工委员|会议).
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import words
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.vocabulary import UNION_TYPES

#: What ends a sentence: the union must be named after the last of these.
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def _union_before(text: str, start: int, spans: list[OrgSpan]) -> OrgSpan | None:
    """The last union (a name ending with 工会) of ``spans`` named before ``start`` in
    its sentence."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    opening = ends[-1] if ends else 0
    unions = [
        s
        for s in spans
        if opening <= s.start
        and s.end <= start
        and s.type in UNION_TYPES
        and words("union_suffix").ending(s.written)
    ]
    return max(unions, key=lambda s: s.end) if unions else None


def _officers_named(article: str, committee: str) -> bool:
    """Whether ``article`` prints ``committee`` before a post (经费审查委员会主任：某某)."""
    titles = lexicon.titles().regex
    return any(titles.match(article, m.end()) for m in re.finditer(committee, article))


def committees_alone(text: str, spans: list[OrgSpan], article: str) -> list[OrgSpan]:
    """``spans`` with each union's committee printed bare after its union in one
    sentence of ``text`` (a paragraph of the ``article``'s text), named with the union,
    where the article names the committee's officers."""
    added: list[OrgSpan] = []
    for match in re.finditer(words("union_committees_alone").pattern, text):
        start, end = match.span()
        if any(s.start <= start < s.end or s.start < end <= s.end for s in spans):
            continue  # inside a name found (某厂工会女职工委员会)
        if lexicon.titles().regex.match(text, end) or text.startswith("议", end):
            continue  # 经费审查委员会主任: the union's post; 女工委员|会议: a meeting
        if not _officers_named(article, match.group(0)):
            continue  # only reported elected
        union = _union_before(text, start, spans)
        if union is None:
            continue
        written = union.written + match.group(0)
        added.append(OrgSpan(start, end, written, match.group(0), union.type))
    return sorted(spans + added, key=lambda s: s.start) if added else spans
