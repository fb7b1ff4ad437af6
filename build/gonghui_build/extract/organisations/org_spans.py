"""An organisation's name found in a text (:class:`OrgSpan`), and where the name that
ends at a point of a text starts (:func:`org_ending_at`): the walk left from a suffix
over the words that can be part of a name, then the edges that cut it short.

Both the grammar that finds names (:mod:`.grammar`) and the reading of whether a name
names one body (:mod:`.particular`) start from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from gonghui_build.extract.organisations.appointees import after_appointment, after_removal
from gonghui_build.extract.organisations.brands import is_division
from gonghui_build.extract.organisations.career_openings import (
    after_career_verb,
    after_name_and_career_verb,
)
from gonghui_build.extract.organisations.edges import (
    after_joiner,
    after_location,
    after_tenure_verb,
    level_of_anaphor,
)
from gonghui_build.extract.organisations.groups import group_opening
from gonghui_build.extract.organisations.joined import (
    after_a_titled_name,
    after_conjunction,
    full_form_before,
)
from gonghui_build.extract.organisations.measure_short_forms import measure_short_form_start
from gonghui_build.extract.organisations.names import suffix_of, suffix_types, words
from gonghui_build.extract.organisations.quoted_brands import quoted_brand_start
from gonghui_build.extract.organisations.walk import walk_left
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import NAME_DOTS
from gonghui_build.text.tokenizer import Token, tag_tokens
from gonghui_build.vocabulary import UNION_TYPES, OrgType


@dataclass(frozen=True)
class OrgSpan:
    start: int
    end: int
    written: str
    suffix: str
    type: OrgType

    @property
    def body(self) -> str:
        return self.written[: -len(self.suffix)]


def org_ending_at(text: str, end: int, tokens: list[Token] | None = None) -> OrgSpan | None:
    """The organisation name that ends at ``end`` in ``text``, if any."""
    suffix = suffix_of(text, end)
    if suffix is None:
        return None
    suffix = _suffix_after_determiner(text, end, suffix)
    tokens = tokens if tokens is not None else tag_tokens(text)
    # a department whose full name holds 和 (住房和城乡建设委员会), or its short form
    # (住建局, however jieba cuts it): the whole name is the suffix, so that 和 or a
    # verb (住) does not end the name
    whole = full_form_before(text, end) or words("suffix_forms").ending(text, end)
    start = end - len(whole or suffix)
    begin = after_conjunction(text, walk_left(tokens, start, text, suffix), start)
    begin = after_a_titled_name(text, begin, start)  # 副主席甘雨田和|区总工会
    begin = after_joiner(text, begin, start)
    begin = after_location(tokens, level_of_anaphor(text, begin, start), start)
    begin = measure_short_form_start(text, begin, start)  # 。段|工会主席: 机务段's union
    begin = after_appointment(text, begin, start, tokens)
    begin = after_removal(text, begin, start)
    begin = after_tenure_verb(text, begin, start)  # 曾任|某厂工会
    begin = after_career_verb(text, begin, start)  # 后任|市总工会
    begin = after_name_and_career_verb(text, begin, start, tokens)  # 某某后任|公司
    begin = group_opening(tokens, begin, start)  # 竞赛中|中铁九局
    begin = _after_profile_mark(text, begin, start)  # ——记|某港务集团…公司
    begin = _after_name_part(text, begin, start)  # 某某·吐尔逊|州总工会
    begin = _cut_place_opening(text, begin, start)  # 、长|宁城运…有限公司: 长宁's 长
    kind = suffix_types()[suffix]
    begin = quoted_brand_start(text, begin, start, kind)  # “海兰江”|餐饮公司
    if kind in UNION_TYPES and 0 < begin < start and is_cjk(text[begin - 1]):
        begin = _owner_start(text, begin, start, tokens)
    return OrgSpan(begin, end, text[begin:end], suffix, kind)


#: The dashes that open a profile's deck line (——记某公司某某), and its word 'an account of'.
_DASHES, _ACCOUNT_OF = "—－-―", "记"


def _after_profile_mark(text: str, begin: int, start: int) -> int:
    """——记|某港务集团某公司桥吊司机某某: the word 记 ('an account of') that opens a
    profile's deck line after its dash, which jieba glues to the body's first character
    (记润/n), is no part of the body; it begins after the word. A word of the
    dictionary it opens (记忆) keeps it."""
    dashed = 0 < begin < start and text[begin - 1] in _DASHES
    if not dashed or text[begin] != _ACCOUNT_OF:
        return begin
    return begin if tokenizer.dictionary_tag(text[begin : begin + 2]) else begin + 1


#: The most characters of a transliterated name's part after its dot.
_LONGEST_PART = 5


def _after_name_part(text: str, begin: int, start: int) -> int:
    """某某·吐尔逊|州总工会: a name that opens right after a transliterated name's dot
    with a few characters that are no place and then a level word (州, 市, 区) opens
    with the person's last name part, the text having run two lines together (a post's
    short lines); the body is the level word's short form. Else ``begin``."""
    if not 0 < begin < start or text[begin - 1] not in NAME_DOTS:
        return begin
    for at in range(begin + 1, min(start, begin + _LONGEST_PART + 1)):
        level = words("place_markers").starting(text, at)
        if level and not is_division(text[begin:at]) and at + len(level) <= start:
            return at
    return begin


def _cut_place_opening(text: str, begin: int, start: int) -> int:
    """A name opening a list item or a clause (after punctuation) whose first character
    was left out: jieba read the last character of a place with the next one as another
    place (长|宁城|运…: 长宁's 长 tagged an adjective ended the walk), so the character
    before ``begin`` that makes a place with the name's first characters (长宁) and
    stands right after punctuation or at the text's start opens the name."""
    if not 0 < begin < start or not is_cjk(text[begin - 1]):
        return begin
    if begin > 1 and is_cjk(text[begin - 2]):
        return begin
    cut = any(is_division(text[begin - 1 : begin - 1 + size]) for size in (2, 3))
    return begin - 1 if cut and not is_division(text[begin - 1 : begin]) else begin


def _owner_start(text: str, begin: int, start: int, tokens: list[Token]) -> int:
    """区卫生健康委|工会工作委员会: a union whose walk stopped inside the name of the body
    it belongs to, printed right before its suffix (jieba's 健康/a ends the walk at 委), is
    that body's union and begins where the body's name begins; else ``begin``."""
    owner = org_ending_at(text, start, tokens)
    if owner is None or not owner.body or not owner.start < begin:
        return begin
    return owner.start


def _suffix_after_determiner(text: str, end: int, suffix: str) -> str:
    """某镇部分工会: a determiner (``determiners``: 部分 'some of') whose last character
    a longer suffix takes in (分工会, a branch union) leaves the suffix after it (工会);
    the walk then stops at the determiner, and no branch union is read."""
    at = end - len(suffix)
    for cut in range(1, len(suffix)):
        if words("determiners").ending(text, at + cut) and suffix[cut:] in suffix_types():
            return suffix[cut:]
    return suffix
