"""Posts a feature states of its person through a pronoun: ``入行二十年，某某从学徒成长为
工匠。他如今是某建设集团有限公司钢筋工班长`` — profiles of model workers and craftsmen
name the person once and go on with 他 or 她, and the post the person holds now comes in
that later sentence, after the copula or a mark of tenure (:func:`.tenure.post_stated_at`).

The post is the named person's only when the pronoun can stand for no one else: it opens
a sentence (a word of time before it aside), and its paragraph names exactly one
person before it. A pronoun after a comma is read too when the comma follows that
person's name itself (``某厂的老职工某某，他是厂工会副主席，…``): the pronoun takes up the
name it stands right after, as features introduce a worker, so no verb of saying
(某某说，他…) or other subject comes between.
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
#: A third-person pronoun right after a comma (a word of time before it aside): read only
#: when the name it follows ends at that comma.
_PRONOUN_AFTER_NAME = re.compile(rf"(?<=，)(?:{NOW}，?)?[他她]{NOW}?")


def _pronouns(text: str) -> list[tuple[re.Match[str], bool]]:
    """The pronouns that may take up a name: opening a sentence (False) or after a comma
    (True: the comma must follow the name)."""
    opening = [(m, False) for m in _PRONOUN.finditer(text)]
    return opening + [(m, True) for m in _PRONOUN_AFTER_NAME.finditer(text)]


def with_pronoun_posts(
    paragraphs: Sequence[Paragraph], words_of: Callable[[Paragraph], list[Token]], hits: Hits
) -> Hits:
    """The hits, the one person a paragraph names before a pronoun holding the post the
    pronoun's clause states (see the module docstring)."""
    out = list(hits)
    for p in paragraphs:
        for match, after_name in _pronouns(p.text):
            before = [i for i, (q, h) in enumerate(out) if q is p and h.end <= match.start()]
            if len({out[i][1].name for i in before}) != 1:
                continue  # no one, or two people: the pronoun may stand for either
            last = max(before, key=lambda i: out[i][1].end)
            hit = out[last][1]
            if after_name and hit.end != match.start() - 1:
                continue  # 某某说，他…: the comma follows no name, the pronoun may be anyone
            claims = post_stated_at(p.text, match.end(), words_of(p))
            more = tuple(c for c in claims if c not in hit.claims)
            if more:
                out[last] = (p, replace(hit, claims=hit.claims + more))
    return out
