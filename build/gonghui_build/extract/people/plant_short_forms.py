"""A works printed by its short form before an occupation and a name (鹤北七棉挡车工某某
after 国营鹤北第七棉纺织厂 in the same paragraph): the occupation is held at that works.

Workers' papers short a works' name to its place, its number and its trade's first
character (a region's seventh cotton mill, 某某第七棉纺织厂 → 某某七棉) once the full name
is printed; the grammar reads no suffix in the short form, so no body was known before the
occupation and the person had no post (tests/fixtures/ANNOTATION.md, issue 10: an
occupation is held at the body printed with it). The short form must keep the full name's
characters in order, open with its first two (an ownership word before them left out:
``org_suffixes.yaml`` ownership_prefixes) and be no word of the dictionary.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.occupation_titles import OCCUPATION_MAX, is_occupation
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.text import tokenizer
from gonghui_build.text.clauses import phrase_opening
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import OrgType

#: Fewest and most characters of a works' short form (某某七棉, 某某第七棉).
_SHORT_MIN, _SHORT_MAX = 4, 6
#: What opens the phrase of a short form and an occupation.
_OPENERS = frozenset("，。；：、！？“”（）() \n\t的和与及")


def post_at_short_form(
    text: str, name_start: int, tokens: list[Token], known: list[OrgSpan]
) -> tuple[TitleClaim, ...]:
    """The occupation before ``name_start`` held at the works of ``known`` (a company
    printed in full before it) that the phrase's opening shortens; none when no such
    phrase, occupation or works is printed. The occupation opens one of jieba's words
    (``tokens``): 某某市公|交驾驶员 cuts a word."""
    start = phrase_opening(text, name_start, _SHORT_MAX + OCCUPATION_MAX, _OPENERS)
    phrase = text[start:name_start]
    works = [s for s in known if s.end <= start and s.type == OrgType.company]
    for cut in range(_SHORT_MIN, min(_SHORT_MAX, len(phrase) - 2) + 1):
        short, post = phrase[:cut], phrase[cut:]
        if len(post) > OCCUPATION_MAX or not is_occupation(post) or tokenizer.frequency(short):
            continue
        if tokenizer.token_at(tokens, start + cut) is None:
            continue
        full = next((s for s in reversed(works) if _shortens(short, s.written)), None)
        if full is not None:
            claim = TitleClaim(post, post, full.written, full.start, start, name_start)
            return (claim,)
    return ()


def _shortens(short: str, full: str) -> bool:
    """``short`` keeps ``full``'s characters in order, opens with its first two (past an
    ownership word: 国营) and leaves some out."""
    owner = lexicon.words("org_suffixes.yaml", "ownership_prefixes").starting(full)
    full = full[len(owner or "") :]
    if len(short) >= len(full) or short[:2] != full[:2]:
        return False
    at = 0
    for ch in short:
        at = full.find(ch, at) + 1
        if at == 0:
            return False
    return True
