"""The rules that find a name once the first rules have read the article (split from
:mod:`.rules`, which reads names from titles and captions):

* **speech verb** — ``…，陶文静表示``: a name-shaped string between punctuation and a
  verb of saying; ``会议由万东主持``: a name between 由 and a leader's act;
* **repeated name** — a name found by a rule above, printed again in the article;
* **surname and title** — ``李主席``, ``郭书记``: the one person of the article with that
  surname.

They run in :mod:`.further_mentions`, which knows the names already found.
"""

from __future__ import annotations

import re
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.glued_adverbs import name_end_before_adverb
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.numeral_names import numeral_speaker
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import CJK, COORDINATION, is_cjk
from gonghui_build.text.clauses import CLAUSE_STARTS
from gonghui_build.text.names import NAME_TAGS, TITLED_WORD_MAX_FREQ, is_plausible_name, split_name
from gonghui_build.vocabulary import MentionSource


def _speaker_at(text: str, start: int, v: int, known: set[str]) -> NameHit | None:
    """The name ``text[start:v]`` before a verb of saying, if it is one."""
    candidate = text[start:v]
    nouns = lexicon.titles().person_nouns
    if nouns.ending(candidate) is not None:
        return None  # 家住某村的高中生说: a noun for people speaks, no name
    after_noun = nouns.ending(text[:start]) is not None
    if start > 0 and text[start - 1] not in CLAUSE_STARTS + "的" and not after_noun:
        return None
    plausible = is_plausible_name(candidate, strong_context=False) or numeral_speaker(candidate)
    if candidate not in known and not plausible:
        return None
    surname = (split_name(candidate) or (candidate[:1], ""))[0]
    common = lexicon.surnames().is_common(surname)
    # “…。”蔚玉芬说: the speaker of a quotation just closed
    quoted = start > 0 and text[start - 1] == "”"
    if candidate not in known and not (common or after_noun or quoted):
        return None
    confidence = 0.9 if candidate in known else 0.6
    return NameHit(candidate, start, v, MentionSource.speech_verb, confidence)


def speech_names(text: str, known: set[str]) -> list[NameHit]:
    """``…，陶文静表示``: a name at the start of a clause before a verb of saying."""
    hits = []
    for match in lexicon.words("people.yaml", "speech_verbs").finditer(text):
        v = match.start()
        if _inside_a_word(text, v, match.end()):
            continue  # 马某演说的《对话》: 演说 is a word, not a name and 说
        for size in (3, 2, 4):
            if v - size < 0:
                continue
            hit = _speaker_at(text, v - size, v, known)
            if hit is not None:
                hits.append(_before_a_glued_adverb(text, hit))
                break
    return hits


def _before_a_glued_adverb(text: str, hit: NameHit) -> NameHit:
    """王某常|说: the speaker's name without an adverb of habit glued to it
    (:func:`.glued_adverbs.name_end_before_adverb`)."""
    end = name_end_before_adverb(text, hit.start, hit.end)
    return hit if end == hit.end else replace(hit, name=text[hit.start : end], end=end)


#: jieba's tags of a word that may be a name between 由 and a leader's act besides a
#: name's shape: a name, a place or a proper noun (江山/ns), a direction (向前/t).
_PRESIDER_WORD_TAGS = frozenset({*NAME_TAGS, "ns", "nz", "t"})


def presider_names(text: str) -> list[NameHit]:
    """``会议由甲某主持``, ``由甲某带队``: the name between the preposition 由 and a
    leader's act (``people.yaml`` person_acts: 主持, 带队), which only a person does; a
    name the shapes refuse alone (万东, a numeral surname; 江山, a county's name) is
    one there. A noun (由学校主持, 由双方主持) or a province's or a city's name stays none.
    Lead of meeting reports of union pages (s45, people33)."""
    hits = []
    for match in lexicon.words("people.yaml", "person_acts").finditer(text):
        v = match.start()
        for size in (3, 2):
            start = v - size
            if start >= 1 and text[start - 1] == "由" and _presider(text[start:v]):
                hits.append(NameHit(text[start:v], start, v, MentionSource.speech_verb, 0.6))
    return hits


def _presider(name: str) -> bool:
    if not all(map(is_cjk, name)) or split_name(name) is None:
        return False
    if is_plausible_name(name, strong_context=True) or numeral_speaker(name):
        return True
    if len(name) != 2 or tokenizer.dictionary_tag(name) not in _PRESIDER_WORD_TAGS:
        return False
    titles = lexicon.titles()
    if titles.regex.fullmatch(name) or titles.person_nouns.ending(name):
        return False
    return all(d.level == places.COUNTY for d in places.lookup(name))


def _inside_a_word(text: str, v: int, end: int) -> bool:
    """A verb of one character that closes a frequent word with the character before
    it (演说, 传说, 听说, 据说): no name ends before it."""
    if end - v != 1 or v == 0:
        return False
    return tokenizer.frequency(text[v - 1 : end]) >= TITLED_WORD_MAX_FREQ


def repeated_names(text: str, names: set[str], taken: list[tuple[int, int]]) -> list[NameHit]:
    """Further occurrences of names already found in the article."""
    hits = []
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(re.escape(name), text):
            s, e = match.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            glued = (
                len(name) == 2 and s > 0 and is_cjk(text[s - 1]) and text[s - 1] not in COORDINATION
            )
            if glued and not lexicon.titles().at_end.search(text[max(0, s - 8) : s]):
                continue  # a two-character name glued to the word before: only after a title
            hits.append(NameHit(name, s, e, MentionSource.repeated_name, 0.85))
            taken.append((s, e))
    return hits


def surname_titles(text: str, people: dict[str, set[str]]) -> list[NameHit]:
    """``李主席``: the one person of the article with that surname (and that title)."""
    hits = []
    for match in re.finditer(f"({CJK})({lexicon.titles().bases.pattern})", text):
        surname, base = match.group(1), match.group(2)
        if (
            match.start() > 0
            and is_cjk(text[match.start() - 1])
            and text[match.start() - 1] not in COORDINATION
        ):
            continue
        candidates = [n for n in people if (split_name(n) or ("",))[0] == surname]
        if len(candidates) != 1:
            continue
        name = candidates[0]
        if people[name] and not any(b.endswith(base) for b in people[name]):
            continue
        hits.append(NameHit(name, match.start(1), match.end(2), MentionSource.surname_title, 0.75))
    return hits
