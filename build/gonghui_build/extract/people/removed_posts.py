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

from gonghui_build import reference as lexicon
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


def removed_post_names(text: str, tokens: list[Token]) -> list[NameHit]:
    """The names a removal's verb is followed by, each with the post the notice removes
    the person from (see the module docstring)."""
    hits = []
    for verb in _removal_verb().finditer(text):
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
    return hits
