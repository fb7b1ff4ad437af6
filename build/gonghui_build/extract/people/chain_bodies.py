"""The body a bare title of a chain is held at when the chain named a union before it:
the union itself for its own 工会主席 (某县总工会党组书记、工会主席), the enterprise beside
the union for the enterprise's Party and board posts (某公司工会主席、党委副书记); and the
body of a post without the honour printed before it (全国劳动模范|某公司|高级技师)."""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import org_type, suffix_of
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.vocabulary import UNION_TYPES, OrgType


def is_union_body(name: str) -> bool:
    """某县总工会, 某公司工会, 某镇工会联合会: a chain's body that is a union already, whose
    bare 工会主席 is its own chair (某县总工会党组书记、工会主席), not a union's union."""
    return org_type(name) in UNION_TYPES


#: Kinds of body whose union a chain names that have a Party committee of their own.
_ENTERPRISE_TYPES = (OrgType.company, OrgType.university, OrgType.other)


def is_enterprise(name: str) -> bool:
    """某公司, 某医院, 某大学 (a name ending like a body of those kinds), not an industry
    (某市建设|工会: the industry union is the body) nor a town or a bureau, whose
    Party committee is a body of its own."""
    return bool(name) and suffix_of(name) is not None and org_type(name) in _ENTERPRISE_TYPES


def enterprise_inner_body(match: re.Match[str]) -> bool:
    """党委副书记, 纪委书记, 董事会秘书: a post of a body an enterprise has beside its
    union (titles.yaml enterprise_inner_bodies), held at the enterprise, not the union."""
    inner = match.group("inner")
    return bool(inner) and inner in lexicon.words("titles.yaml", "enterprise_inner_bodies")


#: The shortest honour read as printed before a body's name (劳动模范, 获得者: not 劳模 or
#: 工匠, which open names of their own, 劳模创新工作室, 工匠学院).
_HONOUR_SIZE = 3
#: What an honour's rest opens with that makes the honour part of a body's name.
_NAMED_AFTER_HONOUR = ("创新", "工作室")


def past_honour(text: str, span: OrgSpan | None) -> OrgSpan | None:
    """``某市劳动模范|某区某小学|教师``, ``全国五一劳动奖章获得者|某公司|高级技师``: an
    honour (titles.yaml honours) printed before the body of a person's post is the
    person's, no part of the body: the body opens after it."""
    if span is None:
        return None
    honours = [h for h in lexicon.words("titles.yaml", "honours") if len(h) >= _HONOUR_SIZE]
    written = span.written
    cut = max((written.rfind(h) + len(h) for h in honours if h in written), default=0)
    rest = written[cut:]
    if cut == 0 or len(rest) < 2 or suffix_of(rest) is None:
        return span
    if rest.startswith(_NAMED_AFTER_HONOUR):
        return span
    start = text.rfind(rest, span.start, span.end)
    start = start if start >= 0 else span.start + cut
    return OrgSpan(start, span.end, rest, span.suffix, span.type)


#: The inner body that is a region's or a town's Party committee after its name.
_PARTY_COMMITTEE = "党委"
#: The longest region's name read before its 党委 (新疆维吾尔自治区, 某某哈萨克自治州).
_MAX_REGION = 12


def regional_committee(text: str, seg_start: int, title_start: int, match: re.Match[str]):
    """``自治区党委|常委``, ``某州党委|常委``: where a segment's text before a title opening
    with 党委 is a region whose Party committee is printed so (titles.yaml
    regional_party_levels), the committee (the region + 党委) and where it opens in
    ``text``; None otherwise."""
    if not _opens_with_bare_committee(match):
        return None
    region = text[seg_start:title_start]
    if not region or len(region) > _MAX_REGION or not all(is_cjk(c) for c in region):
        return None
    levels = lexicon.words("titles.yaml", "regional_party_levels")
    if region not in levels and not (levels.ending(region) and _a_place(region)):
        return None  # 出席会议的有自治区|党委常委: words before the region's name
    return region + _PARTY_COMMITTEE


def _a_place(region: str) -> bool:
    """Whether ``region`` is one place's name, whole (昌吉回族自治州, 某某州)."""
    return any(m.start == 0 and m.end == len(region) for m in places.find_places(region))


def _opens_with_bare_committee(match: re.Match[str]) -> bool:
    """党委常委, 党委书记: a title opening with 党委 itself, which a region or a town before
    it takes as its committee; not one that 工会 opens, nor one that a word of how the
    post is held opens (专职党委副书记: titles.yaml inner_body_modifiers, the title's)."""
    return match.group("inner") == _PARTY_COMMITTEE and not (
        match.group("union") or match.group("lead")
    )


def without_committee(title: str) -> str:
    """The title of a post held at a region's or a town's committee: without the 党委
    the body took."""
    return title.removeprefix(_PARTY_COMMITTEE)


def past_tenure_mark(span: OrgSpan) -> OrgSpan:
    """原区总工会主席某某, 原任某县总工会主席: a word of when the post was held that the
    organisation's reading took in at its start (``titles.yaml`` tenure_marks) is no part
    of the body's name (区总工会, the body's current name); a known place the word opens
    (原平市, 原阳县) is the name itself."""
    mark = lexicon.words("titles.yaml", "tenure_marks").starting(span.written)
    mark = mark or present_mark(span.written, 0)  # 现|某协会: the post held now
    if not mark or len(mark) >= len(span.written):
        return span
    if any(p.start == 0 for p in places.find_places(span.written)):
        return span
    rest = span.written[len(mark) :]
    return OrgSpan(span.start + len(mark), span.end, rest, span.suffix, span.type)


#: How often the mark and the character after it occur in jieba's dictionary as one word
#: for the mark to be read as that word's start (现代 9035, 现场 4077; 现区, 现自 never).
_PRESENT_WORD_MIN_FREQ = 100


def present_mark(text: str, pos: int) -> str | None:
    """``现`` at ``pos`` as the word of the post held now (原…副主席、现|某协会会长):
    ``titles.yaml`` present_marks, unless it opens a frequent word there (现代, 现场)."""
    mark = lexicon.words("titles.yaml", "present_marks").starting(text, pos)
    if (
        mark is None
        or tokenizer.frequency(text[pos : pos + len(mark) + 1]) >= _PRESENT_WORD_MIN_FREQ
    ):
        return None
    return mark


def town_committee(org: tuple[str, int] | None, match: re.Match[str]) -> tuple[str, int] | None:
    """``某镇党委书记``, ``镇党委委员``: the Party committee of a town or a township
    (titles.yaml town_party_levels) is the body a 党委 post after the town's name is held
    at, 某镇党委, as a reader lists the committee beside the town's government; None
    when the segment's body is no town or its title opens with no bare 党委."""
    if org is None or not _opens_with_bare_committee(match):
        return None
    if not lexicon.words("titles.yaml", "town_party_levels").ending(org[0]):
        return None
    return org[0] + _PARTY_COMMITTEE, org[1]


def committee_of_segment(
    org: tuple[str, int] | None, org_text: str, at: tuple[str, int], match: re.Match[str]
) -> tuple[tuple[str, int] | None, bool]:
    """A chain segment's body once its 党委 is read as the body itself, a region's
    (自治区党委, printed so in ``at``: the text and the segment's start) or a town's
    (某镇党委), and whether it is: the title is then held without the 党委."""
    text, start = at
    if town := town_committee(org, match):
        return town, True
    region = regional_committee(text, start, start + len(org_text) - 2, match)
    return org, bool(org_text) and org_text == region
