"""People an article names by surname and a form of address: ``陈女士``, ``刘师傅``,
``小张``, ``老李``."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.name_context import after_title_or_occupation
from gonghui_build.text.clauses import overlaps_any
from gonghui_build.text.names import is_common_word, split_name
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource


@functools.cache
def single_surnames() -> str:
    """The one-character surnames (``surnames.yaml`` common and other), as one string for
    a regex's character class."""
    surnames = lexicon.surnames()
    common = "".join(s for s in surnames.common if len(s) == 1)
    return common + "".join(s for s in surnames.other if len(s) == 1)


@functools.cache
def _partial_re() -> re.Pattern[str]:
    """小张, 老李, 老乔 (a surname after 小 or 老); 陈女士, 刘师傅 (any surname before a
    form of address); 老黎师傅 (both: one address, read whole)."""
    single = single_surnames()
    before = lexicon.words("people.yaml", "partial_before").pattern
    after = lexicon.words("people.yaml", "partial_after").pattern
    return re.compile(f"(?:{before})[{single}](?:{after})?|[{single}](?:{after})")


@functools.cache
def _word_surname_re() -> re.Pattern[str]:
    """常师傅, 和女士: a surname far more often a word (常, 和) before a form of address."""
    surnames = lexicon.surnames()
    listed = set(surnames.common) | set(surnames.other)
    words = "".join(s for s in surnames.ambiguous if len(s) == 1 and s not in listed)
    after = lexicon.words("people.yaml", "partial_after").pattern
    return re.compile(f"[{words}](?:{after})")


def two_people_joined(name: str) -> bool:
    """``小丁比老丁``: a span opening with a partial name (小 or 老 and a surname, a surname
    and a form of address) followed by a word that joins two people (``people.yaml``
    partial_joiners: 比, 跟, 和) holds two people; the model reads it as one."""
    opening = _partial_re().match(name)
    if opening is None or opening.end() >= len(name):
        return False
    joiners = lexicon.words("people.yaml", "partial_joiners")
    return joiners.starting(name, opening.end()) is not None


def word_surname_names(
    text: str, tokens: list[Token], model_spans: Sequence[tuple[int, int]] = ()
) -> list[NameHit]:
    """``钳工常师傅``: a surname far more often a word (平常, 和) before a form of address
    is a person only right after an occupation or a title, or where the model reads a
    person exactly there (驿站的常大姐, jieba reading 的常 as one word); 平常师傅长师傅短
    is no one. The form must end a word of jieba's."""
    ends = {t.end for t in tokens}
    hits = []
    for match in _word_surname_re().finditer(text):
        s, e = match.span()
        if e in ends and (after_title_or_occupation(text, s) or (s, e) in model_spans):
            hits.append(
                NameHit(match.group(0), s, e, MentionSource.partial_name, 0.8, partial=True)
            )
    return hits


@functools.cache
def _common_surnames() -> frozenset[str]:
    return frozenset(lexicon.surnames().common)


def partial_names(
    text: str, tokens: list[Token], model_spans: list[tuple[int, int]]
) -> list[NameHit]:
    """``陈女士``, ``刘师傅``, ``小张``: people the article names by surname only. The
    surname must start a word (李明华女士 names 李明华, not 华女士) and the form must
    end one (老黄牛 is no one); a form the dictionary knows as a word needs the model
    (``model_spans``, its person spans) to read a person there; or an occupation end
    right before it (快递员小王: jieba reads 员小王 as one word). 小 or 老 before a surname
    that is not one of the most common (老乔, 小卓) is a person only where the model reads
    one exactly there and jieba knows no word (小康, 小麦)."""
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    before = lexicon.words("people.yaml", "partial_before")
    hits = []
    for match in _partial_re().finditer(text):
        s, e = match.span()
        surname_at = s + 1 if before.starting(text, s) else s
        opens = s in starts or surname_at in starts or _glued_to_joiner(text, s, starts)
        if not opens and not after_title_or_occupation(text, s):
            continue
        if e not in ends and not _said_by(text, s, e, model_spans):
            continue  # 老黄牛 is no one
        if is_common_word(match.group(0)) and not overlaps_any(s, e, model_spans):
            continue  # 老黄: a word, unless the model reads a person there (小张/PER)
        if _rarer_unread(match.group(0), s, e, surname_at, model_spans):
            continue  # 小康, 小麦: 小 or 老 and a rarer surname needs the model's person
        if any(a < s and e <= b and split_name(text[a:b]) for a, b in model_spans):
            continue  # 付小林: the end of a full name the model reads, no partial name
        hits.append(NameHit(match.group(0), s, e, MentionSource.partial_name, 0.8, partial=True))
    return hits + word_surname_names(text, tokens, model_spans)


def _glued_to_joiner(text: str, s: int, starts: set[int]) -> bool:
    """老周和小周: jieba reads a word that joins two people (``people.yaml``
    partial_joiners) with the partial name after it as one word (和小周); the joiner's
    start stands for the name's."""
    joiner = text[s - 1 : s]
    return s > 0 and s - 1 in starts and joiner in _one_character_joiners()


@functools.cache
def _one_character_joiners() -> frozenset[str]:
    return frozenset(w for w in lexicon.words("people.yaml", "partial_joiners") if len(w) == 1)


def _said_by(text: str, s: int, e: int, model_spans: list[tuple[int, int]]) -> bool:
    """骑手小陈说: jieba reads the surname and the verb of saying after it as one word
    (陈说), where the model reads the person exactly there."""
    speech = lexicon.words("people.yaml", "speech_verbs").starting(text, e)
    return speech is not None and (s, e) in model_spans


def _rarer_unread(
    form: str, s: int, e: int, surname_at: int, model_spans: list[tuple[int, int]]
) -> bool:
    """小 or 老 before a surname not of the most common, where jieba knows a word or the
    model reads no person exactly there."""
    if surname_at == s or form[1] in _common_surnames():
        return False
    return is_common_word(form) or (s, e) not in model_spans


def named_in_full(hit: NameHit, names: Iterable[str]) -> NameHit:
    """A partial name (方大姐, 苗师傅, 小苗) of the one person of the article named in full
    with that surname (``names``: the article's full names) is that person, as 李主席
    is: a reader lists the person once; so is a surname and a short address read as a
    name (段工, 王总: ``people.yaml`` short_addresses)."""
    if not (hit.partial or _short_address(hit.name)) or hit.claims:
        return hit  # 客房部的服务员小刘: an occupation printed before introduces someone new
    before = lexicon.words("people.yaml", "partial_before").starting(hit.name, 0)
    surname = hit.name[len(before) :][:1] if before else hit.name[:1]
    same = [n for n in names if (split_name(n) or ("",))[0] == surname and not _short_address(n)]
    if len(same) != 1:
        return hit
    return replace(hit, name=same[0], source=MentionSource.surname_title, partial=False)


def _short_address(name: str) -> bool:
    """段工, 王总: a name read of a surname and a short address of an engineer or a
    manager (``people.yaml`` short_addresses), by the model or a verb after it (段工说)."""
    addresses = lexicon.words("people.yaml", "short_addresses")
    surname = lexicon.surnames().is_surname(name[:1])
    return len(name) == 2 and surname and name[1:] in addresses
