"""The sections of a report or summary that set out plans (二、今后五年的目标任务; 五、
2013年工作打算): what such a section lists is planned, whatever verb it is told with
(一是继续开展…竞赛; 2023年举办…运动会)."""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build.extract.activities.grammar import words
from gonghui_build.layout.paragraphs import Paragraph

HEADING_ROLES = frozenset({"section_heading"})


def under_plan_heading(paragraphs: Sequence[Paragraph]) -> frozenset[int]:
    """The ``seq`` of the paragraphs (in reading order) under a section heading of
    plans, up to the next section heading."""
    under: set[int] = set()
    planning = False
    for p in paragraphs:
        if p.role in HEADING_ROLES:
            planning = words("plan_headings").in_text(p.text) is not None
        elif planning:
            under.add(p.seq)
    return frozenset(under)
