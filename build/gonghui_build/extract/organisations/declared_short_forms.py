"""A short name an article declares in brackets right after a body's full name
(某物流集团有限公司（简称某运集团）, …（以下简称“某运”）): the short name, and the names
made of it (某运集团工会, and the bare 工会 printed after the bracket, read as the short
name's union), are that body's.

Enterprise reports and union news print a company's union so (某集团有限公司（简称某某）
工会召开职代会), then use the short name throughout. Before, the short name was a body of
its own (the abbreviation rule finds no subsequence when the short name drops the trade,
陇运集团 of 甘肃陇运物流集团有限公司), so the company was listed twice and its union under
the short name only. The annotation guidelines list one entry per body under its fullest
form, other forms as aliases (tests/fixtures/ANNOTATION.md, Organisations). Seen on real
pages of enterprise and union news (a group's congress, a bus company's book corner).

A body's second name printed in brackets after its first (某县传媒中心（某县广播电视台）,
某市城管局（某市城管执法局）: one office under two names) is read the same way: the bracket's
name is the first body's, where it was a body of its own. Seen on real pages (a county
media centre under its station's name on a Zhejiang city site, a city union's visit with
the urban management bureau under both its names) and in real_dev15's honours list (s51).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gonghui_build.extract.facts import OrgFact, PositionFact, ResolvedOrg
from gonghui_build.extract.organisations.names import district_of
from gonghui_build.vocabulary import ResolvedBy

#: （简称X）, （以下简称“X”）: a bracket declaring the short name X of the name before it.
_DECLARED = re.compile(
    r"[（(](?:以下)?简称[“\"「『]?([\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"」』]?[）)]"
)


def declared_short_forms(text: str, orgs: Sequence[OrgFact]) -> dict[str, str]:
    """Short name → full name of each bracket in ``text`` (the article's text) that
    declares one right after a name found (the longest name printed just before it)."""
    out: dict[str, str] = {}
    for match in _DECLARED.finditer(text):
        before = text[: match.start()]
        named = [f for f in orgs if f.written and before.endswith(f.written)]
        if not named:
            continue
        full = max(named, key=lambda f: len(f.written)).resolved.name
        short = match.group(1)
        if short != full:
            out[short] = full
    return out


#: （Y）: a bracket holding nothing but a name of Chinese characters.
_BRACKETED = re.compile(r"[（(]([\u4e00-\u9fff]{2,20})[）)]")


def second_names(text: str, orgs: Sequence[OrgFact]) -> dict[str, str]:
    """Second name → full name of each bracket in ``text`` that holds nothing but a name
    found, printed right after another name found (某县传媒中心（某县广播电视台）, 某市
    城管局（某市城管执法局）): one body under two names (a merged office keeping the old
    office's name, a media centre the paper it runs), the bracket's name the second. The
    longest name printed just before the bracket is the body's."""
    out: dict[str, str] = {}
    for match in _BRACKETED.finditer(text):
        inner, before = match.group(1), text[: match.start()]
        seconds = [f for f in orgs if f.written == inner]
        named = [f for f in orgs if f.written and before.endswith(f.written)]
        if not (seconds and named):
            continue
        full = max(named, key=lambda f: len(f.written)).resolved.name
        for second in seconds:
            if not full.startswith(second.resolved.name):
                out[second.resolved.name] = full
    return out


def _full(r: ResolvedOrg, declared: dict[str, str]) -> ResolvedOrg:
    """``r`` under the full name when its name is a declared short name or opens with
    one (某运集团工会 → 某物流集团有限公司工会); a name that already opens with the full
    name (the full name itself, its union) is left as it is: a short name may open the
    full one (豫西煤业 of 豫西煤业集团公司)."""
    short = next((s for s in sorted(declared, key=len, reverse=True) if r.name.startswith(s)), None)
    if short is None or r.name.startswith(declared[short]):
        return r
    name = declared[short] + r.name[len(short) :]
    return replace(r, name=name, resolved_by=ResolvedBy.abbreviation, district=district_of(name))


def with_declared_short_forms(
    text: str, orgs: list[OrgFact], positions: list[PositionFact]
) -> tuple[list[OrgFact], list[PositionFact]]:
    """``orgs`` and ``positions`` with every name a declared short name opens read
    under the full name (:func:`declared_short_forms`)."""
    declared = second_names(text, orgs) | declared_short_forms(text, orgs)
    if not declared:
        return orgs, positions
    return (
        [replace(f, resolved=_full(f.resolved, declared)) for f in orgs],
        [replace(p, org=_full(p.org, declared)) if p.org else p for p in positions],
    )
