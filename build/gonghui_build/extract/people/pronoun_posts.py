"""Posts a feature states of its person through a pronoun: ``入行二十年，某某从学徒成长为
工匠。他如今是某建设集团有限公司钢筋工班长`` — profiles of model workers and craftsmen
name the person once and go on with 他 or 她, and the post the person holds now comes in
that later sentence, after the copula or a mark of tenure (:func:`.tenure.post_stated_at`).

The post is the named person's only when the pronoun can stand for no one else: it opens
a sentence (a word of time before it aside), and its paragraph names exactly one
person before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from gonghui_build.extract.people.further_mentions import Hits
from gonghui_build.extract.people.rules import SENTENCE_OPENING
from gonghui_build.extract.people.tenure import NOW, post_stated_at
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text.tokenizer import Token

#: A third-person pronoun opening a sentence, after or before a word of time
#: (tenure.NOW). Not after a comma: 某某说，他现在是… may speak of someone else.
_PRONOUN = re.compile(rf"{SENTENCE_OPENING}(?:{NOW}，?)?[他她]{NOW}?")


def with_pronoun_posts(
    paragraphs: Sequence[Paragraph], words_of: Callable[[Paragraph], list[Token]], hits: Hits
) -> Hits:
    """The hits, the one person a paragraph names before a pronoun holding the post the
    pronoun's clause states (see the module docstring)."""
    out = list(hits)
    for p in paragraphs:
        for match in _PRONOUN.finditer(p.text):
            before = [i for i, (q, h) in enumerate(out) if q is p and h.end <= match.start()]
            if len({out[i][1].name for i in before}) != 1:
                continue  # no one, or two people: the pronoun may stand for either
            claims = post_stated_at(p.text, match.end(), words_of(p))
            last = max(before, key=lambda i: out[i][1].end)
            hit = out[last][1]
            more = tuple(c for c in claims if c not in hit.claims)
            if more:
                out[last] = (p, replace(hit, claims=hit.claims + more))
    return out
