"""Names right after an occupation: ``电焊工祁某某就是…``, ``驾驶员韦某代表车队发言``.

An occupation (a word of jieba's dictionary ending in 工, 员, 师, 手, 匠: ``reference/
people.yaml`` ``occupation_endings``) is no title of ``titles.yaml``: no chain reads
the name after it, and the model often misses a name glued to a word before it. The
name after it is judged as a name after a title is (:func:`.name_length.name_after`).
The occupation states no post of the person at a body: no post is read around it.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.name_length import follows_name, name_after
from gonghui_build.text.names import is_common_word, is_plausible_name
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource

#: Confidence of a name read right after an occupation.
AFTER_OCCUPATION = 0.8


def occupation_names(text: str, tokens: list[Token]) -> list[NameHit]:
    """The names printed right after an occupation jieba reads as one word (not a noun
    for workers as a body: 职工, 员工), closed by punctuation or a word that follows
    names."""
    endings = lexicon.words("people.yaml", "occupation_endings")
    collective = lexicon.words("people.yaml", "collective_workers")
    hits = []
    for t in tokens:
        if len(t.word) < 2 or endings.ending(t.word) is None or collective.ending(t.word):
            continue
        name = name_after(text, t.end, tokens)
        if not name or is_common_word(name) or not is_plausible_name(name, strong_context=True):
            continue
        if not follows_name(text[t.end + len(name) : t.end + len(name) + 4]):
            continue
        source = MentionSource.title_before_name
        end = t.end + len(name)
        hits.append(NameHit(name, t.end, end, source, AFTER_OCCUPATION, described_post=False))
    return hits
