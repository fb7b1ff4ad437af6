"""A Han name that is also a word joined by a conjunction to a name found (车间主任甲和
王海洋一起检修…, 工会主席甲和高峰看望…).

:func:`.name_lists.listed_after` reads after a conjunction only a name of Mongolian or
Tibetan elements: a Han-shaped word after 和 is too often none (甲和同事们, 甲和高峰论坛).
A careful reader takes it for a person when jieba reads it whole as a name (高峰/nr) or
its given name is a word and the three characters none (王|海洋:
:func:`.home_names.worded_given`), its surname common (``surnames.yaml`` common), and a
word that follows names closes it (一起, 看望): the name before the conjunction and the
word after it are its two signals. It shares no title of the name before it (主席甲和乙:
乙 need not be a chair). Read on union sites' reports of visits and repairs (s41,
people26).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.further_mentions import LISTED, taken_spans
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.home_names import worded_given
from gonghui_build.extract.people.post_phrases import is_post
from gonghui_build.extract.people.yi_names import follows_name
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text.clauses import overlaps_any
from gonghui_build.text.names import NAME_TAGS
from gonghui_build.text.tokenizer import Token, token_at
from gonghui_build.vocabulary import MentionSource

Hits = list[tuple[Paragraph, NameHit]]


def joined_han_name(text: str, end: int, tokens: list[Token]) -> tuple[str, int] | None:
    """The name a conjunction (``titles.yaml`` list_conjunctions) joins to the name
    ending at ``end``, and its start, when it is such a Han name."""
    joiner = lexicon.words("titles.yaml", "list_conjunctions").starting(text, end)
    if joiner is None:
        return None
    pos = end + len(joiner)
    token = token_at(tokens, pos)
    whole = token.word if token is not None and token.tag in NAME_TAGS else ""
    name = whole if len(whole) in (2, 3) else text[pos : pos + 3]
    if not (name == whole or worded_given(name)):
        return None
    if name[0] not in lexicon.surnames().common or is_post(name):
        return None
    return (name, pos) if follows_name(text[pos + len(name) : pos + len(name) + 4]) else None


def joined_hits(
    paragraphs: Sequence[Paragraph],
    words_of: Callable[[Paragraph], Sequence[Token]],
    hits: Hits,
    read_roles: frozenset[str],
) -> Hits:
    """``hits`` and the Han names joined by a conjunction right after a name found, where
    no reader found one, holding no title."""
    out = list(hits)
    for p in (p for p in paragraphs if p.role in read_roles):
        found = sorted((h for q, h in hits if q is p and not h.partial), key=lambda h: h.end)
        if not found:
            continue
        taken, tokens = taken_spans(out, p), list(words_of(p))  # the words once a paragraph
        for h in found:
            joined = joined_han_name(p.text, h.end, tokens)
            if joined is None or overlaps_any(joined[1], joined[1] + len(joined[0]), taken):
                continue
            name, start = joined
            out.append(
                (p, NameHit(name, start, start + len(name), MentionSource.listed_name, LISTED))
            )
            taken.append((start, start + len(name)))
    return out
