"""Names of three characters jieba split before a title printed after the name
(``学院钱|卫东教授``, ``市总工会张|立新主席``): the surname read as a word of one character
and the given name as a word of its own, which :func:`.rules.names_before_titles` joins
back where the words around them say a person is named."""

from __future__ import annotations

import bisect

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.org_spans import org_ending_at
from gonghui_build.extract.organisations.particular import is_particular
from gonghui_build.text.names import is_plausible_name, split_name
from gonghui_build.text.tokenizer import Token

#: Jieba's tags of a one-character word that may be a surname it split off (钱|卫东).
_SPLIT_SURNAME_TAGS = frozenset({"n", "nr", "ng"})


def _word_before(token: Token, tokens: list[Token]) -> Token | None:
    """The word jieba read right before ``token`` (the tokens are in text order)."""
    k = bisect.bisect_left(tokens, token.start, key=lambda t: t.start)
    return tokens[k - 1] if k > 0 and tokens[k - 1].end == token.start else None


def with_surname_before(token: Token, tokens: list[Token]) -> Token:
    """``学院钱|卫东教授``, ``李|卫东主席``: jieba split the surname off a name of three
    characters and read the given name as a name of its own; the name is the three."""
    before = _word_before(token, tokens)
    if before is None or len(before.word) != 1 or len(token.word) != 2:
        return token
    name = before.word + token.word
    if before.tag not in _SPLIT_SURNAME_TAGS or not lexicon.surnames().is_surname(before.word):
        return token
    if split_name(name) is None or not is_plausible_name(name, strong_context=True):
        return token
    return Token(name, "nr", before.start, token.end)


def split_between_body_and_title(text: str, token: Token, tokens: list[Token]) -> Token:
    """``市总工会张|立新主席、区总工会田喜武副主席``: jieba read a common surname as a
    measure word (张/q) and the given name as an ordinary word (立新/d), so neither it nor
    the model reads a person. Printed between a particular body's name and a title after
    the name (titles.yaml after_name), the three characters are a person's name, the
    body and the title together being the evidence a name needs: visit reports print
    their leaders so (某市总工会某某主席、某产业工会某某主席). Not where the three close a
    body's name themselves (市总工会宣教部|部长: a department, no person)."""
    before = _word_before(token, tokens)
    if before is None or len(before.word) != 1 or len(token.word) != 2:
        return token
    if token.tag in ("nr", "nrfg"):
        return token  # jieba read the given name as a name: with_surname_before
    name = before.word + token.word
    if not lexicon.surnames().is_common(before.word) or not is_plausible_name(name, True):
        return token
    body = org_ending_at(text, before.start, tokens)
    if body is None or not is_particular(body, tokens):
        return token
    whole = org_ending_at(text, token.end, tokens)
    if whole is not None and whole.start <= before.start:
        return token  # the three characters end a body's name
    return Token(name, "nr", before.start, token.end)
