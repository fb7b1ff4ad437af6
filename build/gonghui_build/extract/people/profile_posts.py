"""Posts a profile prints after its person's name as a body and an occupation, not as a
title chain: ``某某，男，1975年生，某重工集团有限公司焊工，高级技师。``, ``某某，2005年全国
劳动模范，某县公路管理段养路工人。`` — lists of model workers' deeds, award profiles and
yearbooks' entries name a worker so, the notes (age, sex, honours: :mod:`.profiles`)
between the name and the post. The phrase after the notes must be a body's name and a
post filling its clause (:func:`.rosters.body_and_post`), as a roster line's are; a title
chain there is :func:`.rules.appositive_names`' reading."""

from __future__ import annotations

import re

from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.profiles import past_profile_notes
from gonghui_build.extract.people.rosters import body_and_post
from gonghui_build.extract.people.rules import SENTENCE_OPENING
from gonghui_build.text.chars import CJK
from gonghui_build.text.clauses import clause_end
from gonghui_build.text.names import is_plausible_name
from gonghui_build.vocabulary import MentionSource

#: A name opening a sentence (or a label's text), set off by a comma.
_NAME_AND_COMMA = re.compile(rf"{SENTENCE_OPENING}({CJK}{{2,4}})，")


def profile_occupations(text: str) -> list[NameHit]:
    """Names opening a sentence whose body and post follow past the profile's notes."""
    hits = []
    for match in _NAME_AND_COMMA.finditer(text):
        name = match.group(1)
        if not is_plausible_name(name, strong_context=True):
            continue
        start = past_profile_notes(text, match.end())
        claims = body_and_post(text, start, clause_end(text, start))
        if claims:
            source = MentionSource.name_before_title
            hits.append(NameHit(name, match.start(1), match.end(1), source, 0.85, claims))
    return hits
