"""A company's branches listed after the first one printed with its parent: a telecom's
or a bank's city branch names its district branches in a row (某公司洛阳分公司西工区分公司、
涧西区分公司、老城区分公司工会), the first with the parent's whole name and the others bare.
A reader gives each the parent of the first; read alone, 涧西区分公司 was a body of its
own, no company's. A shape orgs29 met on real pages (a provincial union's news of a
postal company's district branches), read by devorgs2 (s43). Only a branch named by a
county-level place (某区, 某县, 某市) or by its number (第二分公司), joined by 、 or
和/及/与 right after the first, takes the parent: a company printed whole in the list
keeps its name."""

from __future__ import annotations

import re

from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.text.numbers import ORDER_NUMERALS

#: A branch's own name: a county-level place (西工区, 新安县) or a number (第二), then
#: 分公司 and, for the branch's union, 工会.
_BRANCH = rf"(?:[\u4e00-\u9fff]{{1,5}}[区县市]|第[{ORDER_NUMERALS}\d]+)分公司"
#: The first branch: the parent's name ending with 公司, then a branch of that form.
_FIRST = re.compile(rf"(?P<parent>.+?公司)(?={_BRANCH}(?:工会)?$)")
_BARE = re.compile(rf"{_BRANCH}(?:工会)?")
_JOINERS = ("、", "和", "及", "与")


def _parent_of(written: str) -> str | None:
    """The parent printed before a branch named by its place or number, the longest one
    (某公司洛阳分公司|西工区分公司: 某公司洛阳分公司)."""
    found = None
    for m in re.finditer(rf"公司(?={_BRANCH}(?:工会)?$)", written):
        found = written[: m.end()]
    return found if found and _FIRST.match(written) else None


def with_parent_branches(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """``spans`` with each bare branch listed after a branch printed with its parent
    named with that parent (涧西区分公司 → 某公司洛阳分公司涧西区分公司)."""
    out: list[OrgSpan] = []
    parent: str | None = None
    last_end = -1
    for span in spans:
        joined = text[last_end : span.start] in _JOINERS if last_end >= 0 else False
        if parent and joined and _BARE.fullmatch(span.written):
            span = OrgSpan(span.start, span.end, parent + span.written, span.suffix, span.type)
        else:
            parent = _parent_of(span.written)
        out.append(span)
        last_end = span.end
    return out
