"""Transliterated names printed with a space where the middle dot belongs (古丽米拉 吐尔逊,
艾尔肯 司马某): the layout takes the space out, and the readers see either the first
part alone (the model), two names (a rule's 艾尔肯 and the model's 司马某), or a span
across the space that starts inside the first part (努尔兰 叶尔肯 read 兰叶尔). Both parts
written with the characters the transcriptions of Uyghur and Kazakh names use
(``transliteration_characters``) make one name; a roll of Han names printed apart does
not. Kept apart from :mod:`.model`: these hits come from every reader."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.people import rules
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text.chars import is_cjk, without_spaces
from gonghui_build.text.tokenizer import Token

Hits = list[tuple[Paragraph, NameHit]]

#: The shortest and longest part of a transliterated name (艾力, 阿不都热依木).
_SHORTEST_PART, _LONGEST_PART = 2, 6
#: Transcription characters both parts hold together, at the least (艾尔肯 艾力: 3 + 1);
#: each part holds one at the least.
_FEWEST_MARKS = 4


def _marks(part: str) -> int:
    chars = lexicon.words("people.yaml", "transliteration_characters")
    return sum(1 for c in part if c in chars)


def _is_part(part: str) -> bool:
    return _SHORTEST_PART <= len(part) <= _LONGEST_PART and all(map(is_cjk, part))


def joined_parts(first: str, last: str) -> bool:
    """Whether two runs printed apart are the parts of one transliterated name."""
    if not (_is_part(first) and _is_part(last)):
        return False
    a, b = _marks(first), _marks(last)
    return a >= 1 and b >= 1 and a + b >= _FEWEST_MARKS


def last_part_end(text: str, start: int, breaks: frozenset[int]) -> int:
    """The end of the run after a space at ``start``: the next character that is no
    Chinese one, the next space, or a word that follows names (吐尔逊|讲话, 吐尔逊|出席)."""
    followers = lexicon.words("people.yaml", "name_followers")
    stops = lexicon.words("people.yaml", "transliterated_part_stops")
    end = start
    while end < len(text) and is_cjk(text[end]) and end - start <= _LONGEST_PART:
        if end > start and (end in breaks or text[end] in stops):
            break
        follower = followers.starting(text, end) if end - start >= _SHORTEST_PART else None
        if follower is not None and len(follower) > 1:
            break
        end += 1
    return end


def gaps(text: str, breaks: frozenset[int]) -> dict[int, int]:
    """Where each space between two Chinese characters ends (the last part opens) and
    where it starts (the first part ends): the layout's ``breaks`` where it took the space
    out, the blanks a paragraph kept (a subtitle's 古丽米拉 吐尔逊讲话) where it did not."""
    out = {k: k for k in breaks}
    for k in range(1, len(text) - 1):
        if text[k].isspace() and is_cjk(text[k - 1]):
            end = k
            while end < len(text) and text[end].isspace():
                end += 1
            if end < len(text) and is_cjk(text[end]):
                out[end] = k
    return out


def _first_part_start(start: int, gap: int, spaces: dict[int, int]) -> int:
    """Where the first part opens: a space printed before it within a part's reach
    (环卫工人 努尔兰 叶尔肯, read from 兰), else where the reader's span opens."""
    before = [k for k in spaces if gap - _LONGEST_PART <= k < gap and k <= start]
    return max(before) if before else start


def _spaced_span(text: str, h: NameHit, spaces: dict[int, int]) -> tuple[int, int] | None:
    """The span of the whole name a hit reads part of, when a space inside it or right
    after it parts a transliterated name."""
    inside = sorted(k for k, gap in spaces.items() if h.start < gap <= h.end)
    if len(inside) != 1:
        return None
    brk, gap = inside[0], spaces[inside[0]]
    start = _first_part_start(h.start, gap, spaces)
    end = last_part_end(text, brk, frozenset(spaces))
    if end < h.end or not joined_parts(text[start:gap], text[brk:end]):
        return None
    return start, end


def spaced_transliterated_hits(
    hits: Hits, breaks: dict[int, frozenset[int]], words_of: Callable[[Paragraph], Iterable[Token]]
) -> Hits:
    """The hits with each transliterated name printed with a space read whole: the hit
    that reads part of it widened over both parts (its titles kept, or read before the
    new start), the hit of its last part alone dropped."""
    out: Hits = []
    taken: dict[int, list[tuple[int, int]]] = {}
    spaces_of: dict[int, dict[int, int]] = {}  # a paragraph's gaps, read once for its hits
    for p, h in hits:
        if p.seq not in spaces_of:
            spaces_of[p.seq] = gaps(p.text, breaks.get(p.seq, frozenset()))
        span = _spaced_span(p.text, h, spaces_of[p.seq])
        if span is None:
            out.append((p, h))
            continue
        start, end = span
        claims = h.claims
        if start != h.start and not claims:
            claims = rules.claims_before(p.text, start, _tokens(words_of, p))
        if span in taken.get(p.seq, []):
            continue  # 艾尔肯|司马某: the rule's hit and the model's read one name
        name = without_spaces(p.text[start:end])
        out.append((p, replace(h, name=name, start=start, end=end, claims=claims)))
        taken.setdefault(p.seq, []).append(span)
    return [(p, h) for p, h in out if not _inside_a_joined(h, taken.get(p.seq, []))]


def _inside_a_joined(h: NameHit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= h.start and h.end <= b and (a, b) != (h.start, h.end) for a, b in spans)


def _tokens(words_of: Callable[[Paragraph], Iterable[Token]], p: Paragraph) -> list[Token]:
    return list(words_of(p))
