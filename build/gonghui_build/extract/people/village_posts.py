"""A village printed bare before its Party branch's or committee's post (河湾村党委书记
某某, 某省某村党支部书记某某): the village is the body the post is held at, though the
organisation grammar reads no name in it (村 is no suffix of its own: 农村, 本村 and
中关村 are words, so only a proper name before 村 and an inner body's title after it make
a village). Read as a fallback of the title chain (:mod:`.titles`), beside the brand
before an inner body's title (:func:`.chain_orgs.brand_of_inner_title`)."""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import OrgType

#: Parts of speech of a village's own name before 村 (jieba): a place, a person's or a
#: family's name (赵家, 韩村河), a place word (山前), another proper noun.
_VILLAGE_NAME_TAGS = ("ns", "nr", "s", "nz")
#: Parts of speech of a place printed before the village's name (某省, 某市): part of
#: the name as printed.
_PLACE_TAGS = ("ns",)
#: The longest village name read, its places before it included.
_MAX_VILLAGE = 12


def village_of_inner_title(
    text: str, seg_start: int, title_start: int, match: re.Match[str], tokens: list[Token]
) -> OrgSpan | None:
    """``河湾村|党委书记``, ``某省某村|党支部书记``: a village's name (a proper name, then
    村: ``org_suffixes.yaml`` village_endings) right before the title of an inner body
    (党委, 党支部, 党总支) is the organisation of the title, with the places printed
    before it inside the segment; None for anything else (本村, 农村: no proper name)."""
    if not match.group("inner") or match.group("union"):
        return None
    ending = lexicon.words("org_suffixes.yaml", "village_endings").ending(text, title_start)
    if ending is None:
        return None
    before = [t for t in tokens if seg_start <= t.start and t.end <= title_start]
    start = _village_name_start(text, before, title_start - len(ending))
    if start is None:
        return None
    for token in reversed([t for t in before if t.end <= start]):
        if token.end != start or not token.tag.startswith(_PLACE_TAGS):
            break
        start = token.start  # 河南|南街村: the place printed with it
    written = text[start:title_start]
    if len(written) > _MAX_VILLAGE or not all(is_cjk(c) for c in written):
        return None
    return OrgSpan(start, title_start, written, ending, OrgType.government)


def _village_name_start(text: str, before: list[Token], ending_start: int) -> int | None:
    """Where the village's own name opens: the word ending with 村 (南街村, 花园村), or
    the proper name jieba cuts off before a bare 村 (河湾|村, 赵家|村); None when the word
    before 村 is no proper name (农村, 本村, 全村)."""
    last = next((t for t in before if t.start <= ending_start < t.end), None)
    if last is None:
        return None
    if last.start < ending_start:
        name = last  # 南街村, 花园村: one word
    else:
        name = next((t for t in before if t.end == ending_start), None)
    if name is None or not name.tag.startswith(_VILLAGE_NAME_TAGS):
        return None
    if name.end - name.start < 2:
        return None
    return name.start
