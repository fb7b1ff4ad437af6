"""Organisation names found in a text by the grammar of Chinese names.

A Chinese organisation name is a place, a body and a suffix that says what it is:
``通州区`` + ``总工会``, ``北京`` + ``排水`` + ``集团``, ``中国石化销售有限公司北京石油`` +
``分公司``. Names are found from their suffix (``reference/org_suffixes.yaml``), walking
left over jieba's words while they can be part of a name (nouns, places, abbreviations;
a verb only between a place and the rest, as 排水 in 北京排水集团), and stopping at
function words and verbs. The words live in the reference file; the walk is in :mod:`.walk`
and :mod:`.org_spans`, whether a name names one body in :mod:`.particular`.
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.brands import is_place
from gonghui_build.extract.organisations.contest_sectors import names_a_contests_sector
from gonghui_build.extract.organisations.edges import (
    after_a_place,
    caption_title_after,
    glued_unit_start,
    level_department,
    occupation_after,
    suffix_matches,
    trade_unit_after_name,
)
from gonghui_build.extract.organisations.joined import full_form_before
from gonghui_build.extract.organisations.leading_committees import (
    leading_committee,
    under_its_leadership,
)
from gonghui_build.extract.organisations.names import district_of, suffix_types, words
from gonghui_build.extract.organisations.org_spans import OrgSpan, org_ending_at
from gonghui_build.extract.organisations.organise import union_glued_on, union_then_organise
from gonghui_build.extract.organisations.particular import has_proper_word, is_particular
from gonghui_build.extract.organisations.stops import (
    inside_a_place,
    levels_listed,
    opens_a_compound,
)
from gonghui_build.extract.organisations.union_committees import union_committee_before_post
from gonghui_build.extract.organisations.unit_numbers import number_of_unit, ordered_unit_word
from gonghui_build.extract.organisations.walk import token_index
from gonghui_build.text import places
from gonghui_build.text.tokenizer import Token, tag_tokens
from gonghui_build.vocabulary import UNION_TYPES, OrgType


def _hidden_after_name(text: str, match: re.Match[str], tokens: list[Token]) -> bool:
    """某街道|工会组织|职工, 某公司|工会干部: jieba glues a suffix of two characters or more
    to the word after it; the suffix still ends a name when a particular body (a place,
    a proper word, a body of its own) is printed right before it. One-character
    suffixes are left out: 局|局长, 厂|厂长 are a title after the name."""
    k = token_index(tokens, match.start())
    if k >= len(tokens) or tokens[k].start != match.start() or k == 0:
        return False
    tail = text[match.end() : tokens[k].end]
    # 局|局长 glued (某局局长): the title repeats the one-character suffix
    doubled = tail.startswith(match.group(0)) and lexicon.titles().regex.fullmatch(tail)
    if doubled:
        return True  # the name before is weighed as any other (is_particular)
    if union_glued_on(text, match, tokens):  # 某街道…联合|工会主席, not 宣教|部门
        return _particular_name_ends_at(text, match.end(), tokens)
    if len(match.group(0)) < 2 or len(tail) < 2:
        return False
    if any(number_of_unit(tokens, i) for i in range(max(0, k - 3), k - 1)):
        return True  # 415|地质队|工会组织, 27|路|车队|工会组织: a unit known by its number
    before = tokens[k - 1]
    body = text[before.start : match.start()]
    union = suffix_types()[match.group(0)] in UNION_TYPES
    level = words("place_markers").ending(body) and not words("place_suffixes").ending(body)
    level = level and is_place(tokens[k - 1])  # 桐川县/ns, not 社区
    if union and (district_of(body) == body or places.lookup(body) or level):
        return False  # 某区|工会工作, 某县|工会干部: the place's union work, no body's name
    if union_then_organise(text, match, tokens):
        return True  # 某公司|工会组织|职工: the verb 组织; the name before is weighed
    named = _particular_name_ends_at(text, match.start(), tokens)
    if before.word in words("generic_bodies"):
        return named  # 某区楼宇|工会主席: a kind of union before a title (某路社区 is one)
    return is_place(before) or named or _before_occupation(text, match, tail, tokens)


def _before_occupation(text: str, match: re.Match[str], tail: str, tokens: list[Token]) -> bool:
    """某路|小学教师: an occupation glued to the suffix; the suffix ends the name the walk
    from it reads, when that names one body."""
    if not occupation_after(tail):
        return False
    return _particular_name_ends_at(text, match.end(), tokens)


def _particular_name_ends_at(text: str, end: int, tokens: list[Token]) -> bool:
    """Whether the name the walk reads back from ``end`` names one body: a body before
    its suffix (a bare suffix names none) that is particular (:func:`is_particular`)."""
    span = org_ending_at(text, end, tokens)
    return span is not None and bool(span.body) and is_particular(span, tokens)


def _suffix_stands_alone(text: str, match: re.Match[str], tokens: list[Token]) -> bool:
    """Whether a suffix found in ``text`` ends a name: it ends a word (工会 in 工会干部
    does not) and starts one, unless the word is itself a name (局 in 格局, 镇 in 冰镇
    are no suffix; 学校 in 技术学校 heads a compound)."""
    end = match.end()
    if inside_a_place(text, match) or opens_a_compound(text, match):
        return False
    k = token_index(tokens, end - 1)
    if k < len(tokens) and tokens[k].word in words("place_level_words"):
        return False  # 城乡, 家乡: a common noun that ends with a town's level word
    hidden = k < len(tokens) and tokens[k].end > end
    if hidden and not (caption_title_after(text, end) or _hidden_after_name(text, match, tokens)):
        return False
    k = token_index(tokens, match.start())
    # 人力资源和社会保障局, 人社局: one name, however jieba cuts it (区人|社局)
    whole = full_form_before(text, end) is not None or words("suffix_forms").ending(text, end)
    if k < len(tokens) and tokens[k].start < match.start() and not whole:
        left = text[tokens[k].start : match.start()]
        if left in words("entering_verbs"):
            return False  # 送福|进社区, 法律进企业: a campaign going into a kind of place
        bound = len(match.group(0)) == 1 or len(left) < 2
        if (
            bound
            and tokens[k].tag not in ("nt", "ns", "nz", "j")
            and left not in words("inner_prefixes")
            and not has_proper_word(left)
            and not after_a_place(tokens, k)
            and not trade_unit_after_name(tokens, k, match)
            and not ordered_unit_word(left, match.group(0))
            and not level_department(left)
            and tokens[k].word not in words("youth_league_committees")  # 团|区委, one body
        ):
            return False
    after_place = words("place_suffixes").ending(text, match.start()) is not None
    committee = after_place and match.group(0) in words("place_committees")
    committee = committee or words("region_committees").ending(text, end) is not None
    committee = committee or under_its_leadership(text, match.start(), end)
    if match.group(0) in lexicon.titles().inner_bodies and not committee:
        return False  # 某公司党委: a body inside an organisation (but 某街道工委, 州党委)
    # inside a document's title (《中国工会章程》) there is no organisation, but the
    # body that issues it (《某县总工会关于…的决定》)
    inside = text.rfind("《", 0, match.start()) > text.rfind("》", 0, match.start())
    return not inside or words("issuing_words").starting(text, end) is not None


def find_org_spans(text: str, tokens: list[Token] | None = None) -> list[OrgSpan]:
    """Organisation names in ``text``, outermost first when names nest."""
    tokens = tokens if tokens is not None else tag_tokens(text)
    candidates: list[OrgSpan] = []
    for match in suffix_matches(text):
        glued = glued_unit_start(text, match, tokens, find_org_spans)  # 某某矿|工会
        if glued is not None:
            written, kind = text[glued : match.end()], suffix_types()[match.group(0)]
            candidates.append(OrgSpan(glued, match.end(), written, match.group(0), kind))
            continue
        if not _suffix_stands_alone(text, match, tokens):
            continue
        if union_committee_before_post(text, match):
            continue  # 某厂工会|女工委|主任: the union's post, the name ends at the union
        span = org_ending_at(text, match.end(), tokens)
        if span is None or (not span.body and span.suffix not in words("parallel_bodies")):
            continue  # a bare suffix (but 市委, 区委): resolved in context, not found alone
        branch = span.suffix in words("union_branch_suffixes")
        if branch and not any(u in span.body for u in words("union_suffix").words):
            continue  # 某协会某分会: a union branch only after its union (某局工会某中心分会)
        if _among_plural_bodies(tokens, span):
            continue  # 各市州|金融工会, 省直|各|金融机构工会: a kind of body, many of them
        listed = levels_listed(text, span.start, span.body, span.suffix)
        leading = leading_committee(text, span.start, span.end, span.suffix)
        if names_a_contests_sector(text, span, tokens):
            continue  # 某省旅游饭店|服务技能大赛: the contest's trade, no body
        if (is_particular(span, tokens) or leading) and not listed:
            candidates.append(span)
    candidates.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[OrgSpan] = []
    for span in candidates:
        if out and span.start < out[-1].end:
            if span.end > out[-1].end and span.start == out[-1].start:
                out[-1] = span
            elif _branch_of(out[-1], span):
                out[-1] = OrgSpan(
                    out[-1].start, span.end, text[out[-1].start : span.end], span.suffix, span.type
                )
            continue
        out.append(span)
    return out


#: The determiner 'each, every' that opens jieba's words of plurals (各, 各市, 各个).
_EACH = "各"


def _among_plural_bodies(tokens: list[Token], span: OrgSpan) -> bool:
    """各市州金融工会, 省直各金融机构工会 'the finance unions of every city', 'the unions of
    every institution under the province': the determiner 各 (a pronoun to jieba, glued
    to a level word or alone) inside the name or right before it makes it a kind of body
    and many of them, no organisation (a salutation's addressees, a notice's recipients;
    tests/fixtures/ANNOTATION.md: generic plurals are no organisations)."""
    for tok in tokens:
        if tok.end < span.start or tok.start >= span.end:
            continue
        if tok.word.startswith(_EACH) and tok.tag.startswith("r") and tok.end <= span.end:
            return True
    return False


def _branch_of(company: OrgSpan, branch: OrgSpan) -> bool:
    """某某配送公司|宁河分公司: a company's branch whose walk stopped at the company's own
    suffix (a verb of its trade, 配送, ended it there) is the whole company's branch."""
    own_suffix = branch.start == company.end - len(company.suffix) and branch.end > company.end
    return own_suffix and company.type == branch.type == OrgType.company
