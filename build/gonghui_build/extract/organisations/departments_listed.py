"""Departments a body lists as set up inside it: ``某县总工会内设办公室、组织部、女工部``.

A gazetteer's or yearbook's section on a body gives its structure as the body's name,
a verb of setting up (``department_list_verbs``: 内设, 下设) and its departments set
off by ``、``, sometimes after their count (机关内设5个部室：…). Each listed department
is an organisation of its own, named with its body (ANNOTATION.md: departments are
organisations), though the page prints only the department.
"""

from __future__ import annotations

import re

from gonghui_build.extract.organisations.names import is_department_name, org_type, words
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
    for part in text[begin:end].split("、"):
        if not is_department_name(part):
            break
        out.append((start, start + len(part)))
        start += len(part) + 1
    return out


def _departments_after(text: str, span: OrgSpan) -> list[OrgSpan]:
    """The departments ``span``'s body lists right after its name; none unless two or
    more departments are listed (a list, not one word after a verb)."""
    verb = words("department_list_verbs").starting(text, span.end)
    if verb is None or not span.body:
        return []
    begin = span.end + len(verb)
    count = _COUNT.match(text, begin)
    items = _items(text, count.end() if count else begin)
    if len(items) < 2:
        return []
    out: list[OrgSpan] = []
    for start, end in items:
        written = span.written + text[start:end]
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
