"""A photo's caption and credit run into the running text (``…慰问品。 慰问现场。某某 摄
主办方希望…``): a web copy that flattens its page, a mirror of a city site's item,
prints the photo's caption and its credit inside a paragraph of the text, where the
credit lines of :mod:`photo_bylines` (a line of their own, or a caption's end) are not.
The name before the photo mark, after a sentence's end and before a blank or the
paragraph's end, is the article's photographer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gonghui_build.extract.credits import spaced
from gonghui_build.extract.facts import AuthorFact
from gonghui_build.extract.spans import span_of
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.quality import Run
from gonghui_build.text.chars import CJK, FULL_STOPS
from gonghui_build.text.names import is_name_shaped
from gonghui_build.vocabulary import AuthorRole

#: A credit run into a text: after a sentence's end, one name or two apart by a blank,
#: a blank, the photo mark (``摄``, ``供图``), then a blank or the paragraph's end.
_RUN_IN_PHOTO_RE = re.compile(
    rf"(?<=[{''.join(sorted(FULL_STOPS))}])[ \u3000]*"
    rf"({CJK}{{2,3}}(?:[ \u3000]+{CJK}{{2,3}})?)[ \u3000]+(?:摄|供图)(?=[ \u3000]|$)"
)


def run_in_photographers(
    paragraphs: Sequence[Paragraph], runs: dict[int, list[Run]], known: Sequence[AuthorFact]
) -> list[AuthorFact]:
    """The photographers a body paragraph's run-in credit names (see the module), each
    once, none already among ``known`` in that role."""
    seen = {(a.name, a.role) for a in known}
    out: list[AuthorFact] = []
    for p in paragraphs:
        if p.role != "body":
            continue
        text, back = spaced(p)  # the blanks the page printed, which the repair took out
        for match in _RUN_IN_PHOTO_RE.finditer(text):
            for name in re.finditer(rf"{CJK}+", match.group(1)):
                key = (name.group(0), AuthorRole.photographer)
                if not is_name_shaped(name.group(0)) or key in seen:
                    continue
                seen.add(key)
                start, end = match.start(1) + name.start(), match.start(1) + name.end()
                span = span_of(p, back[start], back[end - 1] + 1, runs.get(p.seq, []))
                out.append(AuthorFact(name.group(0), AuthorRole.photographer, None, span))
    return out
