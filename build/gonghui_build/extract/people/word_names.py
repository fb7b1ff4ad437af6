"""A name that is also a word (田野, 高原, 金星), confirmed by the article's later address.

No rule reads ``会上，田野结合本单位实际……`` or ``在铸造车间，高原是出了名的……``:
no title stands next to the name, and jieba reads it as a word (a field, a plateau).
A careful reader takes it for a person because the article goes on to address someone
by that surname and a post or a form of address (``田主席表示``, ``高师傅说``) and names
no one else with that surname. The address confirms the word as a name across the
article's paragraphs; without one (``田野的风景画``) the word stays a word.

To keep precision, the word must stand where a person does: at the start of a clause
(after a stop, a comma, a quote or the paragraph's start), followed by a verb, a
preposition or an adverb (``高原是``, ``田野结合``, ``金星在``), and it must be the one
such word of the article with that surname. jieba must tag it a name, a place or a
proper noun (田野/nr, 高原/ns, 金星/nz), not a common noun (高温/n 来袭), and it must
name no division of China (江山, 高平: cities that open a clause before a verb).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.partial import single_surnames
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text import places
from gonghui_build.text.chars import COORDINATION, is_cjk
from gonghui_build.text.clauses import CLAUSE_STARTS, overlaps_any
from gonghui_build.text.names import WORD_NAME_TAGS, split_name
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource

Hits = list[tuple[Paragraph, NameHit]]
#: Characters before a word that leave it opening a clause: a list's 、 does not (a
#: word-name needs a clause of its own).
_CLAUSE_START = CLAUSE_STARTS.replace("、", "")
#: Tags of the word after the name: a verb (v, vn, vd…), a preposition, an adverb.
_NEXT_TAGS = ("v", "p", "d")
#: Lengths of a name the address confirms: a surname and one or two characters.
_NAME_LENGTHS = (2, 3)
#: Confidence of a word read as a name for the address that confirms it.
CONFIRMED = 0.7


@functools.cache
def _address_re() -> re.Pattern[str]:
    """A one-character surname before a title's base (主席, 书记) or a form of address
    (师傅, 老师, 女士: ``people.yaml`` partial_after)."""
    single = single_surnames()
    after = lexicon.words("people.yaml", "partial_after").pattern
    bases = lexicon.titles().bases.pattern
    return re.compile(f"([{single}])(?:{bases}|{after})")


def _addressed_surnames(paragraphs: Sequence[Paragraph]) -> set[str]:
    """Surnames the article addresses with a title or a form of address standing alone
    (not the tail of a word: 该主席, 副主席)."""
    out: set[str] = set()
    for p in paragraphs:
        for m in _address_re().finditer(p.text):
            before = p.text[m.start() - 1] if m.start() > 0 else ""
            if before and is_cjk(before) and before not in COORDINATION:
                continue
            out.add(m.group(1))
    return out


def _stands_as_person(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` opens a clause and a verb, preposition or adverb follows."""
    t = tokens[i]
    if t.start > 0 and text[t.start - 1] not in _CLAUSE_START:
        return False
    if t.tag not in WORD_NAME_TAGS or places.lookup(t.word):
        return False
    return i + 1 < len(tokens) and tokens[i + 1].tag.startswith(_NEXT_TAGS)


def confirmed_word_names(
    paragraphs: Sequence[Paragraph],
    words_of: Callable[[Paragraph], Sequence[Token]],
    hits: Hits,
    read_roles: frozenset[str],
) -> Hits:
    """``hits`` and the word-names (田野, 高原) the article's later address by surname
    confirms: one candidate per surname, the surname held by no full name found."""
    read = [p for p in paragraphs if p.role in read_roles]
    known = {(split_name(h.name) or ("",))[0] for _, h in hits if not h.partial}
    surnames = _addressed_surnames(read) - known
    if not surnames:
        return hits
    found: dict[str, list[tuple[Paragraph, Token]]] = {}
    for p in read:
        tokens = list(words_of(p))
        taken = [(h.start, h.end) for q, h in hits if q is p]
        for i, t in enumerate(tokens):
            if (
                len(t.word) in _NAME_LENGTHS
                and t.word[0] in surnames
                and all(is_cjk(ch) for ch in t.word)
                and not overlaps_any(t.start, t.end, taken)
                and _stands_as_person(p.text, tokens, i)
            ):
                found.setdefault(t.word[0], []).append((p, t))
    out = list(hits)
    for mentions in found.values():
        if len({t.word for _, t in mentions}) != 1:
            continue  # two words with that surname: the address confirms neither
        out.extend(
            (p, NameHit(t.word, t.start, t.end, MentionSource.surname_title, CONFIRMED))
            for p, t in mentions
        )
    return out
