"""Names a verb of naming introduces: ``有一位骑手叫和建华，``.

A report that meets a worker by name often says what the worker is called (叫, 名叫:
``people.yaml`` naming_verbs) and closes the name with punctuation or 的. The verb says
a name follows, so a name the shapes refuse alone, because its surname is usually a word
(和, 于, 常) or its given name is one (建华), is a person there, as after a title. The
verb must be a word of jieba's (呼叫, 叫好 are other words) and the name three
characters, a surname and a given name that is no very frequent word, opening no word
(叫和平, 叫和谐号 name no one).
Seen in union interviews and features on delivery riders and migrant workers (s50).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.text import tokenizer
from gonghui_build.text.names import (
    GIVEN_WORD_MAX_FREQ,
    TITLED_HEAD_MAX_FREQ,
    is_common_word,
    split_name,
)
from gonghui_build.text.tokenizer import tag_tokens
from gonghui_build.vocabulary import MentionSource

#: What closes a name a naming verb introduces: punctuation, or 的 (名叫某某的快递员).
_CLOSERS = frozenset("，。、；：！？）)的")
#: The size of a name read after a naming verb: a surname and two given characters.
_SIZE = 3


def called_names(text: str) -> list[NameHit]:
    """Names right after a verb of naming, closed by punctuation or 的."""
    matches = list(lexicon.words("people.yaml", "naming_verbs").finditer(text))
    if not matches:
        return []
    words = {(t.start, t.end) for t in tag_tokens(text)}
    hits = []
    for match in matches:
        start = match.end()
        name = text[start : start + _SIZE]
        if match.span() not in words or not text.startswith(tuple(_CLOSERS), start + _SIZE):
            continue
        if _called(name):
            hits.append(NameHit(name, start, start + _SIZE, MentionSource.speech_verb, 0.6))
    return hits


def _called(name: str) -> bool:
    """A surname and two given characters, where neither the given name nor the first two
    characters are frequent words (叫和谐号: 和谐 opens a word, no name)."""
    parts = split_name(name)
    if parts is None or len(parts[1]) != 2 or is_common_word(name):
        return False
    if tokenizer.frequency(name[:2]) >= TITLED_HEAD_MAX_FREQ:
        return False
    return tokenizer.frequency(parts[1]) < GIVEN_WORD_MAX_FREQ
