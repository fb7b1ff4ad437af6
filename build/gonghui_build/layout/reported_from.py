"""Where a byline or a credit says its names reported from: a place of China after the
names, noted (``本报记者 某某 发自临江``) or glued to 报道 (``（记者 某某 临江报道）``).
The place is no author's name, and no note that makes the bracket anything but a credit.
Read by the layout's end credits and by the byline reader (``extract/byline_tokens``)."""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.text.places import names_division

#: The mark after a place that says the names reported from there (``北京报道``).
_REPORTED = "报道"
#: The last token of a byline or a credit, after a blank, before its closing bracket.
_LAST_TOKEN_RE = re.compile(r"\s(\S+?)[）)]?\s*$")


def reported_from(token: str) -> bool:
    """A token that names the place the copy came from: ``发自临江`` (``bylines.yaml``'s
    ``place_note_marks``) or ``临江报道``, its place a division of China by its full name
    or a short form (a short form that is also a word of the language, 大同, is none)."""
    note = lexicon.words("bylines.yaml", "place_note_marks").starting(token)
    place = token[len(note) :] if note else token.removesuffix(_REPORTED)
    marked = bool(note) or place != token
    return marked and len(place) >= 2 and names_division(place)


def reported_from_start(text: str) -> int | None:
    """Where the note of the place reported from that closes a byline or a credit starts
    (``本报记者 某某 北京报道``), or None. The note follows a name: a token a role word keys
    (``记者 江山报道``) is that name glued to its mark."""
    match = _LAST_TOKEN_RE.search(text)
    before = text[: match.start()].split() if match else []
    if not before or not reported_from(match.group(1)):
        return None
    keyed = lexicon.words("bylines.yaml", "role_words").ending(before[-1].lstrip("（("))
    return None if keyed else match.start(1)
