"""Posts an appointment notice removes a person from: ``免去某某同志某县总工会副主席职务``.

Notices of appointments and removals (任免通知) and reports of them print the verb 免去
'to remove from', the person's name (the address word 同志 after it or not), the post
with its body (的 before it or not) and the word 职务 'post' closing it (``people.yaml``
removal_verbs, removal_post_words). The post is one the person held (tests/fixtures/ANNOTATION.md: a
past post is a position), read only when its title chain fills the text between the
name and 职务, so that 免去某某的处分 or 免去某某一切职务 states none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.elected_lists import name_ending_at
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.name_length import name_after
from gonghui_build.extract.people.titles import parse_chain, shifted_claim
from gonghui_build.text.names import is_plausible_name
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource

#: The address word a notice prints after the name (免去某某同志…职务).
_COMRADE = "同志"
#: The particle a notice may print between the name and the post (免去某某的…职务).
_OF = "的"


def _words(section: str) -> str:
    """A word list of ``people.yaml`` as a regex alternation, longest first."""
    return lexicon.words("people.yaml", section).pattern


@functools.cache
def _removal_verb() -> re.Pattern[str]:
    return re.compile(rf"(?:{_words('removal_verbs')})")


@functools.cache
def _post_word() -> re.Pattern[str]:
    """The word closing the post (职务), 的 before it or not."""
    return re.compile(rf"{_OF}?(?:{_words('removal_post_words')})")


def _post_between(text: str, start: int, stop: int) -> tuple:
    """The title chain filling ``text[start:stop]``, read on its own (the name's words
    may cross its start), its offsets counted from ``text``; () when it fills less."""
    claims = parse_chain(text[start:stop], stop - start)
    if not claims or claims[0].start != 0 or claims[-1].end != stop - start:
        return ()
    return tuple(shifted_claim(c, start) for c in claims)


#: The pronoun after the verb naming the person the clause before appointed
#: (某某同志任某中心主任，免去其某部部长职务).
_PRONOUN = "其"
#: Marks that end the sentence a pronoun refers back in.
_SENTENCE_ENDS = "。；！？"


def _referred(text: str, verb: int, named: Sequence[NameHit]) -> NameHit | None:
    """The name ``免去其`` at ``verb`` refers to: the last one read before it in the same
    sentence (the clause before appointed that person to the new post)."""
    before = [h for h in named if h.end <= verb]
    if not before:
        return None
    last = max(before, key=lambda h: h.end)
    between = text[last.end : verb]
    return None if any(c in _SENTENCE_ENDS for c in between) else last


def removed_post_names(
    text: str, tokens: list[Token], named: Sequence[NameHit] = ()
) -> list[NameHit]:
    """The names a removal's verb is followed by, each with the post the notice removes
    the person from (see the module docstring); after the pronoun 其 (免去其…职务), the
    name ``named`` last before it in its sentence, at that name's span."""
    hits = []
    for verb in _removal_verb().finditer(text):
        if text.startswith(_PRONOUN, verb.end()):
            hits += _removed_from_referred(text, verb.start(), verb.end() + len(_PRONOUN), named)
            continue
        name = name_after(text, verb.end(), tokens)
        if not name or not is_plausible_name(name, strong_context=True):
            continue
        end = verb.end() + len(name)
        post = end + len(_COMRADE) if text.startswith(_COMRADE, end) else end
        post += text.startswith(_OF, post)  # 免去某某的某厂厂长职务
        closed = _post_word().search(text, post)  # the first 职务 after the post closes it
        stop = closed.start() if closed else -1
        claims = _post_between(text, post, stop) if stop > post else ()
        if claims:
            source = MentionSource.name_before_title
            hits.append(NameHit(name, verb.end(), end, source, 0.85, claims))
    return hits + _removed_after_name(text)


@functools.cache
def _verb_after_name() -> re.Pattern[str]:
    return re.compile(rf"(?:{_words('removal_verbs_after_name')})")


def _removed_after_name(text: str) -> list[NameHit]:
    """甲不再担任某分厂厂长职务: the name opening the clause before a removal's verb of
    no longer holding (``people.yaml`` removal_verbs_after_name), with the post between
    the verb and 职务 when its chain fills it, as after 免去."""
    hits = []
    for verb in _verb_after_name().finditer(text):
        found = name_ending_at(text, verb.start())
        closed = _post_word().search(text, verb.end())
        if found is None or closed is None:
            continue
        claims = _post_between(text, verb.end(), closed.start())
        if claims:
            name, start = found
            source = MentionSource.name_before_title
            hits.append(NameHit(name, start, verb.start(), source, 0.85, claims))
    return hits


def _removed_from_referred(
    text: str, verb: int, post: int, named: Sequence[NameHit]
) -> list[NameHit]:
    """The post after ``免去其`` (from ``post`` to 职务), held by the name it refers to."""
    last = _referred(text, verb, named)
    closed = _post_word().search(text, post)
    claims = _post_between(text, post, closed.start()) if last and closed else ()
    if not claims:
        return []
    return [NameHit(last.name, last.start, last.end, last.source, 0.85, claims)]


def with_removed_posts(text: str, tokens: list[Token], hits: list[NameHit]) -> list[NameHit]:
    """``hits`` with the posts a removal takes (:func:`removed_post_names`): added to the
    hit of the same span (免去其…职务 refers to the name appointed before it), so that
    one span is one mention; a removal of a name no hit reads is a hit of its own."""
    out = list(hits)
    for r in removed_post_names(text, tokens, hits):
        k = next((i for i, h in enumerate(out) if (h.start, h.end) == (r.start, r.end)), None)
        if k is None:
            out.append(r)
        else:
            out[k] = replace(out[k], claims=out[k].claims + r.claims)
    return out
