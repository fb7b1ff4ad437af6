"""Departments a body lists as set up inside it: ``某县总工会内设办公室、组织部、女工部``.

A gazetteer's or yearbook's section on a body gives its structure as the body's name,
a verb of setting up (``department_list_verbs``: 内设, 下设) and its departments set
off by ``、``, sometimes after their count (机关内设5个部室：…). Each listed department
is an organisation of its own, named with its body (ANNOTATION.md: departments are
organisations), though the page prints only the department.

A report names several departments of one body the same way, the body printed once
before the first (市总工会组织部、宣教部、法律部负责同志; 区委组织部、宣传部): each
department after the first is its body's too. Seen on real pages of a city union's
site, a district union's and a county Party committee's reports, s35.
"""

from __future__ import annotations

import re

from gonghui_build.extract.organisations.names import (
    is_department,
    is_department_name,
    named_department_start,
    org_type,
    words,
)
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.text.chars import CJK
from gonghui_build.text.numbers import CN_NUMERAL

#: A count of the departments before the list (5个部室：, 四个职能部门:).
_COUNT = re.compile(rf"[\d{CN_NUMERAL}]+个{CJK}{{1,4}}[：:]")
#: What ends the list: a clause's or a sentence's punctuation, or a line's end.
_LIST_END = re.compile(r"[，,。；;：:\n（(]")


def _items(text: str, begin: int) -> list[tuple[int, int]]:
    """The (start, end) of each item of the list opening at ``begin``, up to the first
    item that is no department (经审办四个部门: the list's count closes it)."""
    stop = _LIST_END.search(text, begin)
    end = stop.start() if stop else len(text)
    out: list[tuple[int, int]] = []
    start = begin
    parts = text[begin:end].split("、")
    for i, part in enumerate(parts):
        size = len(part) if is_department_name(part) else 0
        if not size and i == len(parts) - 1:
            size = _department_opening(part)  # 法律部|负责同志: the list's last item
        if not size:
            break
        out.append((start, start + size))
        start += len(part) + 1
    return out


def _department_opening(part: str) -> int:
    """The length of the department ``part`` opens with (法律部 of 法律部负责同志, 宣传部
    of 宣传部部长, 经审办 of 经审办负责同志: a listed department word), the shortest
    one; 0 if none."""
    for size in range(2, len(part)):
        listed = part[size - 1] == "部" or part[:size] in words("departments")
        if listed and is_department_name(part[:size]):
            return size
    return 0


def _departments_after(text: str, span: OrgSpan) -> list[OrgSpan]:
    """The departments ``span``'s body lists right after its name; none unless two or
    more departments are listed (a list, not one word after a verb)."""
    verb = words("department_list_verbs").starting(text, span.end)
    if verb is None or not span.body:
        return _after_a_department(text, span)
    begin = span.end + len(verb)
    count = _COUNT.match(text, begin)
    items = _items(text, count.end() if count else begin)
    if len(items) < 2:
        return []
    return _named(text, span.written, items)


def _body_of_department(span: OrgSpan) -> str:
    """The body ``span`` names a department of (市总工会 of 市总工会组织部, 区委 of
    区委宣传部); empty when ``span`` names no department of a body printed with it."""
    if is_department(span.suffix) or span.suffix in words("departments"):
        return span.body
    start = named_department_start(span.written)
    return span.written[:start] if start else ""


def _after_a_department(text: str, span: OrgSpan) -> list[OrgSpan]:
    """市总工会组织部、宣教部、法律部: the departments listed after one printed with its
    body are that body's."""
    body = _body_of_department(span)
    if not body or not text.startswith("、", span.end):
        return []
    return _named(text, body, _items(text, span.end + 1))


def _named(text: str, body: str, items: list[tuple[int, int]]) -> list[OrgSpan]:
    """Each listed department, named with its body."""
    out: list[OrgSpan] = []
    for start, end in items:
        written = body + text[start:end]
        out.append(OrgSpan(start, end, written, text[start:end], org_type(written)))
    return out


def listed_departments(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """The departments each body of ``spans`` lists as set up inside it. They are kept
    apart from the names: they are mentions of the article, not the body a title read
    later in the text is held at (the gazetteer's table of the union's chairs)."""
    return [d for span in spans for d in _departments_after(text, span)]


def outside(spans: list[OrgSpan], departments: list[OrgSpan]) -> list[OrgSpan]:
    """``spans`` but the names found inside a listed department (教育部 of 宣传教育部)."""
    return [s for s in spans if not any(d.start <= s.start and s.end <= d.end for d in departments)]
