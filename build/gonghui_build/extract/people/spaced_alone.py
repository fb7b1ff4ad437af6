"""Transliterated names of two parts printed with a space for the middle dot that no
reader saw (阿依古丽 吐尔洪作了发言, 获奖者有：阿依古丽 吐尔洪、马合木提 斯拉木):
:mod:`.spaced_parts` widens a hit that reads part of such a name, and here the name
has none. jieba reads the parts as Han words (热汗, 依米) and the model, given the text
with the space taken out, often reads nothing across it. Seen on Xinjiang's union and
moral-model pages, honour lists and meeting reports (s41, three real pages).

A careful reader takes the two runs for one name when each is written mostly with the
characters those transcriptions use (:func:`.transliterated_alone.marked_enough`), the
first opens a clause or an item of a list (after punctuation, a space or the line's
start) and the last ends where a name does (punctuation, 、, or a word that follows
names: 作, 等, 出席). A place (克拉玛依 独山子) is no part, and a roll of Han names printed
apart (邬明华 蓝小燕) has no marks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.people import rules
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.honours import honour_ending
from gonghui_build.extract.people.name_context import after_title_or_occupation
from gonghui_build.extract.people.spaced_parts import gaps, last_part_end
from gonghui_build.extract.people.transliterated_alone import marked_enough
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import is_cjk, without_spaces
from gonghui_build.text.clauses import CLAUSE_STARTS
from gonghui_build.text.tokenizer import Token, token_at
from gonghui_build.vocabulary import MentionSource

Hits = list[tuple[Paragraph, NameHit]]

#: The shortest and longest part read here (艾力 is left to the readers of one part:
#: two characters are too often a Han word; 阿不都热依木: six).
_SHORTEST_PART, _LONGEST_PART = 3, 6
#: Confidence of a name read so.
SPACED_ALONE = 0.7
#: jieba's tags of a word after a name: a verb, a preposition, an adverb.
_VERB_TAGS = ("v", "p", "d")
#: What opens a list's item: the name after it is listed.
_LIST_OPENERS = "、：:"


def _first_part_start(text: str, gap: int, breaks: frozenset[int]) -> int | None:
    """Where the part ending at ``gap`` opens: after the punctuation, space (printed,
    or taken out: ``breaks``), line start, title or noun for people before it (环卫工人|
    阿依古丽), within a part's length; None when a longer run reaches the gap."""
    start = gap
    while start > 0 and is_cjk(text[start - 1]) and gap - start < _LONGEST_PART:
        if start != gap and (start in breaks or _after_a_noun_for_people(text, start)):
            break
        start -= 1
    opened = start == 0 or start in breaks or text[start - 1] in CLAUSE_STARTS
    opened = opened or _after_a_noun_for_people(text, start)
    if not (opened or text[start - 1].isspace()):
        return None
    return start if gap - start >= _SHORTEST_PART else None


def _after_a_noun_for_people(text: str, start: int) -> bool:
    """A title, a noun for people, an occupation or an honour (劳动模范) ends right
    before ``start``."""
    return after_title_or_occupation(text, start) or honour_ending(text, start) is not None


def _ends_a_name(text: str, end: int) -> bool:
    """The last part ends where a name does: the text's end, a character that is no
    Chinese one, or, where jieba's words part, a word that follows names or stops a part
    (出席, 作, 等) or a verb, a preposition or an adverb (受到表彰: 受 is no syllable of
    the name, as 斯拉木受|到 would have it)."""
    if end >= len(text) or not is_cjk(text[end]):
        return True
    tokens = tokenizer.tag_tokens(text)
    if any(t.start < end < t.end for t in tokens):
        return False
    followers = lexicon.words("people.yaml", "name_followers")
    stops = lexicon.words("people.yaml", "transliterated_part_stops")
    if followers.starting(text, end) is not None or text[end] in stops:
        return True
    after = token_at(tokens, end)
    return after is not None and after.start == end and after.tag.startswith(_VERB_TAGS)


def _part(run: str) -> bool:
    return (
        _SHORTEST_PART <= len(run) <= _LONGEST_PART
        and all(map(is_cjk, run))
        and marked_enough(run)
        and not places.lookup(run)
    )


def spaced_names(text: str, breaks: frozenset[int]) -> list[tuple[int, int]]:
    """The spans of ``text`` that are transliterated names of two parts printed apart."""
    out: list[tuple[int, int]] = []
    for brk, gap in sorted(gaps(text, breaks).items()):
        start = _first_part_start(text, gap, breaks)
        if start is None:
            continue
        if not _part(text[start:gap]):
            continue
        end = _last_part_end(text, brk, breaks)
        if end is not None:
            out.append((start, end))
    return out


def _last_part_end(text: str, brk: int, breaks: frozenset[int]) -> int | None:
    """The end of the last part opening at ``brk``: the run :func:`.spaced_parts.
    last_part_end` reads, or the longest of its heads that is a part and ends where a
    name does (依米尔|来自: 来 follows names, and 来自 is no word the run stops at)."""
    longest = last_part_end(text, brk, breaks)
    for end in range(longest, brk + _SHORTEST_PART - 1, -1):
        if _part(text[brk:end]) and _ends_a_name(text, end):
            return end
    return None


def unread_spaced_hits(
    paragraphs: Sequence[Paragraph],
    breaks: dict[int, frozenset[int]],
    words_of: Callable[[Paragraph], Iterable[Token]],
    hits: Hits,
) -> Hits:
    """``hits`` and the transliterated names printed apart that no hit reads across: a
    hit of one part alone (the model's 斯拉木 of 马合木提 斯拉木) gives way to the whole
    name, keeping its titles, and so does one running on into the word after it
    (马合木提斯拉木受|到); any other hit reaching outside the name leaves it unread."""
    out = list(hits)
    for p in paragraphs:
        if p.seq not in breaks:
            continue
        for start, end in spaced_names(p.text, breaks[p.seq]):
            touching = [
                k for k, (q, h) in enumerate(out) if q is p and h.start < end and start < h.end
            ]
            if not all(_gives_way(p.text, out[k][1], start, end) for k in touching):
                continue
            claims = next((out[k][1].claims for k in touching if out[k][1].claims), ())
            if not claims and _after_a_noun_for_people(p.text, start):
                claims = rules.claims_before(p.text, start, list(words_of(p)))
            listed = start > 0 and p.text[start - 1] in _LIST_OPENERS
            source = MentionSource.listed_name if listed else MentionSource.speech_verb
            name = without_spaces(p.text[start:end])
            hit = NameHit(name, start, end, source, SPACED_ALONE, claims)
            out = [pair for k, pair in enumerate(out) if k not in touching] + [(p, hit)]
    return out


def _gives_way(text: str, h: NameHit, start: int, end: int) -> bool:
    """A hit inside the name's span, or opening inside it and ending inside a word of
    jieba's after the name's end (the model's 斯拉木受 of 斯拉木受到表彰)."""
    if start <= h.start and h.end <= end:
        return True
    cut = any(t.start < h.end < t.end for t in tokenizer.tag_tokens(text))
    return start <= h.start < end < h.end and cut
