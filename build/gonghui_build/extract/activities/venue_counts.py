"""A count of the sites an activity is held at (在全集团42个项目部开展…竞赛, 在全市30个社区
举办…): after 在 in its clause, it tells where the activity runs, not the bodies taking
part; the count of those taking part is the one the sentence gives them (参赛职工达1.2万
人次). Read on real_dev22: a building group's safety quiz across its project offices was
counted as 42 bodies taking part."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.text.clauses import clause_start

#: 在 and what may stand between it and the count (全集团, 全市, 各): a few characters, no
#: verb's room, no second 在.
_AT_BEFORE = re.compile(r"在[^，。；：、在]{0,5}$")


def counts_sites(sentence: str, start: int, end: int) -> bool:
    """Whether the count ``sentence[start:end]`` (figure, measure and noun) counts the
    sites the activity is held at: it stands right after 在 in its clause and its noun
    ends with a venue's (``activities.yaml: venues``)."""
    if not _AT_BEFORE.search(sentence[clause_start(sentence, start) : start]):
        return False
    return words("venues").ending(sentence, end) is not None
