"""Names an indefinite numeral or a count of places opens, which name no one body: 某区
一建筑公司工会 and 某县一家藏毯厂 (a firm the report leaves unnamed), 盘锦、锦州两市工会
(the unions of two cities). ``org_suffixes.yaml``: indefinite_numerals,
place_count_numerals, counted_place_nouns, measure_characters."""

from __future__ import annotations

import itertools
import re

from gonghui_build.extract.organisations.names import suffix_of, words
from gonghui_build.text import places
from gonghui_build.text.tokenizer import Token, tag_tokens

#: The levels of a place after whose name a bare 一 may be an ordinal the name keeps:
#: a city's or a province's numbered works (沈阳一机床厂, 天津一商, 武汉一冶 for
#: 第一…), where a county's, a district's or a street's 一 is the indefinite one.
_ORDINAL_PLACE_LEVELS = (places.PREFECTURE, places.PROVINCE)
#: Levels of place listed with a bracketed one between them: 县（市）区, 县（市、区）.
_BRACKETED_LEVELS = re.compile(r"[省市县区州]（[省市县区州、]+）$")


def _indefinite(token: Token) -> bool:
    """一 or 一家, 一个: the numeral of an indefinite reference, alone or with a measure."""
    numeral = words("indefinite_numerals").starting(token.word)
    if token.tag != "m" or numeral is None:
        return False
    rest = token.word[len(numeral) :]
    return not rest or rest in words("measure_characters")


def _after_a_city(tokens: list[Token], k: int) -> bool:
    """The word before ``tokens[k]`` is a city's or a province's name (沈阳|一|机床厂)."""
    return k > 0 and any(
        d.level in _ORDINAL_PLACE_LEVELS for d in places.lookup(tokens[k - 1].word)
    )


def _hides_a_name(tokens: list[Token]) -> bool:
    """一|建筑公司 after a district or a street, 一家|藏毯 after any place: an indefinite
    numeral before a word of a kind of body. A bare 一 right before a body's suffix alone
    is the unit's number (某建工|一|公司, the 第一 company of a group), no indefinite."""
    return any(
        _indefinite(t)
        and len(after.word) > 1
        and (len(t.word) > 1 or not (_after_a_city(tokens, k) or _bare_suffix(after.word)))
        for k, (t, after) in enumerate(itertools.pairwise(tokens))
    )


def _bare_suffix(word: str) -> bool:
    """The word is a body's suffix and nothing more (公司, 集团), or the word of a unit
    an enterprise knows by its order (某纺织集团有限公司|一|分厂工会: its No. 1 branch
    works; ``ordinal_units``)."""
    return suffix_of(word) == word or word in words("ordinal_units")


def _counts_places(tokens: list[Token]) -> bool:
    """锦州|两|市|工会, 两|区县|工会: a numeral counting the places before their noun
    (``counted_place_nouns``, the activities' definition too)."""
    return any(
        t.tag == "m"
        and t.word in words("place_count_numerals")
        and after.word in words("counted_place_nouns")
        for t, after in itertools.pairwise(tokens)
    )


def names_no_one_body(written: str, start: int, tokens: list[Token]) -> bool:
    """Whether the name ``written`` (at ``start`` in the text ``tokens`` cover) hides its
    body behind an indefinite numeral, inside it or right before it (一家|藏毯厂), or
    counts places (两市工会)."""
    own = tag_tokens(written)
    if _hides_a_name(own) or _counts_places(own):
        return True
    before = next((t for t in tokens if t.end == start), None)
    if _after_bracketed_level(tokens, start):
        return True
    return before is not None and _indefinite(before) and len(before.word) > 1


def _after_bracketed_level(tokens: list[Token], start: int) -> bool:
    """县（市）|区总工会: the name follows levels of place listed with a bracketed level
    between them, the federations of every county, city and district, no one body."""
    tail = "".join(t.word for t in tokens if start - 8 < t.end <= start)
    return bool(_BRACKETED_LEVELS.search(tail))


def repeats_an_unnamed_body(written: str, before: str) -> bool:
    """Whether the name ``written`` repeats, bare, a body the text ``before`` it
    introduced behind an indefinite numeral and a measure word (走访了某区一家藏毯厂… then
    在藏毯厂的织机旁): the same firm the report leaves unnamed, no body of its own name
    (real pages, s39 devfix4: delegations' visits to a carpet works, a fertiliser plant;
    the tuning gold of a Tibet aid visit, real_dev2). A union or a post of that firm
    (砖瓦厂工会主席) is read with the post, not here."""
    if len(written) < 2:
        return False
    numerals = words("indefinite_numerals").words
    measures = words("measure_characters").words
    return any(f"{n}{c}{written}" in before for n in numerals for c in measures)
