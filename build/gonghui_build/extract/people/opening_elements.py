"""Names of Tibetan or Mongolian elements (``people.yaml`` name_elements) that open a
clause with no title or occupation before them: ``比赛中，顿珠还获得了最佳操作奖``,
``次仁多吉一直坚守在检修岗位``, ``格桑已经干了20年巡检``. Tibetan workers go by one
element or two and no surname; a report names them so at the clause's start, as the
subject of a predicate an adverb or a verb of speech opens, often on first mention
(Tibet's papers and union sites, s39 people22). The model reads few of them there.

A name of one element of two characters is read only where jieba reads it as a word of
its own and the dictionary knows it as no frequent word (乌云 'dark clouds' is one:
乌云也散了 names no one) and no division's name (德庆); a name of two elements or more
(次仁多吉) is a name wherever it opens a clause.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.composed import MIN_COMPOSED, composed_name
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.text import places, tokenizer
from gonghui_build.text.clauses import CLAUSE_PUNCT
from gonghui_build.text.names import TITLED_WORD_MAX_FREQ
from gonghui_build.text.tokenizer import Token, token_at
from gonghui_build.vocabulary import MentionSource

#: Confidence of a name read so: no title vouches for it, the elements and the
#: predicate's opening word do.
OPENING = 0.7
#: The catalog's source of a name its clause's predicate reads (某某表示): the
#: catalog has no value of its own for a name an adverb follows, which is read alike.
_SOURCE = MentionSource.speech_verb


def _opens_a_clause(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] in CLAUSE_PUNCT


def _predicate_opens(text: str, end: int, tokens: list[Token]) -> bool:
    """An adverb (还, 也, 已经, 一直) or a verb of speech (说, 表示) starts right after
    the name: the clause's predicate, the name its subject."""
    after = token_at(tokens, end)
    if after is not None and after.tag.startswith("d"):
        return True
    return lexicon.words("people.yaml", "speech_verbs").starting(text, end) is not None


def _read_whole(pos: int, end: int, tokens: list[Token]) -> bool:
    """jieba's words start at ``pos`` and end at ``end``: the name cuts no word (才让 of
    才|让职工 is no word jieba reads)."""
    first = token_at(tokens, pos)
    return first is not None and any(t.end == end for t in tokens if t.start >= pos)


def _no_name(name: str) -> bool:
    """A frequent word (乌云) of one element, or a division's name (德庆, a county of
    Guangdong: 德庆也…)."""
    frequent = len(name) < MIN_COMPOSED and tokenizer.frequency(name) >= TITLED_WORD_MAX_FREQ
    return frequent or places.names_division(name)


def elements_opening_clauses(text: str, tokens: list[Token]) -> list[NameHit]:
    """The names of elements that open a clause of ``text`` before an adverb or a verb
    of speech."""
    hits: list[NameHit] = []
    for pos in range(len(text) - 1):
        if not _opens_a_clause(text, pos) or (hits and pos < hits[-1].end):
            continue
        end = composed_name(text, pos, alone=False, short=True)
        if end is None or not _read_whole(pos, end, tokens):
            continue
        name = text[pos:end]
        if _no_name(name) or not _predicate_opens(text, end, tokens):
            continue
        hits.append(NameHit(name, pos, end, _SOURCE, OPENING, ()))
    return hits
