"""A unit's place name opening with 上 or 下 (下石峪, 上湾, 下花园), printed right after its
enterprise's whole name (某煤业集团公司下石峪煤矿): jieba cuts the character off as a
locative ('under', 'on'), and the walk from the unit's suffix stopped there, so the unit
was read without its first character and apart from its enterprise (石峪煤矿工会). Read as
part of the name only between a company's suffix and a short word of a name."""

from __future__ import annotations

from gonghui_build.extract.organisations.names import (
    suffix_of,
    suffix_starting,
    suffix_types,
    words,
)
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import OrgType

#: jieba's tags of the short word a place name goes on with after its locative (石峪/nr).
_NAME_WORD_TAGS = ("nr", "ns", "nz", "n")
#: The longest such word, in characters.
_NAME_WORD = 2


def locative_opens_unit(tokens: list[Token], j: int, text: str) -> bool:
    """``tokens[j]`` is a locative (``org_suffixes.yaml`` place_locatives), or an adjective
    of colour or size before a place word (place_adjectives: 红|石沟), jieba cut off
    a unit's place name, printed right after a company's whole name: a company's suffix
    ends right before it and a short word of a name follows it."""
    tok = tokens[j]
    if j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    adjective = tok.word in words("place_adjectives") and tok.tag == "a" and after.tag == "ns"
    if not adjective and (tok.word not in words("place_locatives") or tok.tag != "f"):
        return False
    if after.tag not in _NAME_WORD_TAGS or len(after.word) > _NAME_WORD:
        return False
    if suffix_of(after.word) == after.word:
        return False  # 公司下|矿: a bare suffix, no place named
    before = suffix_of(text, tok.start)
    return before is not None and suffix_types()[before] == OrgType.company


#: jieba's tags of the brand's first word after a direction word (瑞祥/nr, 重工/vn).
_BRAND_WORD_TAGS = (*_NAME_WORD_TAGS, "vn")


def direction_opens_brand(tokens: list[Token], j: int, text: str, start: int) -> bool:
    """``tokens[j]`` is a direction word (``org_suffixes.yaml`` brand_directions) jieba
    tags as a locative, opening an enterprise's brand: a word of a name follows it and
    the name's suffix at ``start`` is a company's (北方|瑞祥|煤业|有限公司)."""
    tok = tokens[j]
    if tok.tag != "f" or tok.word not in words("brand_directions") or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    if after.start != tok.end or after.tag not in _BRAND_WORD_TAGS:
        return False
    suffix = suffix_starting(text, start)
    return suffix is not None and suffix_types()[suffix] == OrgType.company
