"""The stretch of its sentence a mention's counts and places are read from (kept apart
from :mod:`.finding`, which reads the mentions in turn)."""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build.extract.activities.mention import Mention
from gonghui_build.text.clauses import clause_start


def mention_stretch(
    text: str, sentence: tuple[int, int], mentions: Sequence[Mention], i: int
) -> tuple[int, int]:
    """A mention's stretch of the sentence: from it (the sentence start for the first)
    to the next mention. A later mention's stretch opens at the start of its own clause
    when the mention before ends earlier: the count its clause gives before its words
    (启动仪式后，某某为在场的80余名司机讲授…) is its own. A mention overlapping it (启动
    仪式 in 近两千名职工参加了启动仪式和首场健步走) is its own words read twice, no mention
    before it: the count before them is still its own."""
    m = mentions
    end = m[i + 1].start if i + 1 < len(m) else sentence[1]
    if i == 0:
        return sentence[0], end
    own_clause = clause_start(text, m[i].start, sentence[0])
    before = max((x.end for x in m[:i] if x.end <= m[i].start), default=sentence[0])
    return (own_clause if own_clause >= before else m[i].start), end
