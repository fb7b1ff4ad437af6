"""Firms listed by their short names before ``等N家企业``: ``走访了某达纺织、某兴化工等
12家企业`` names two companies though neither name ends with a registered form.

Reports of visits, contests and awards list the enterprises they reach by the names the
trade calls them (brand + trade: 某某重工, 某某纺织, 某某新材料), closing the list with a
count of enterprises. The closing words say what each member is; a member is kept only
when a word of it makes it particular (a brand jieba does not know, a place, a proper
noun), so that ``机关、学校等单位`` or ``国有、民营等企业`` name none. Seen on real pages of
four sources (a Hubei city news app, a Fujian district news site, a Henan city union
site, a Zhejiang city union site) and in two tuning sets' briefs and yearbooks.
"""

from __future__ import annotations

import re

from gonghui_build.extract.organisations.names import suffix_of, words
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.organisations.particular import has_particular_word
from gonghui_build.text import places
from gonghui_build.text.chars import CJK, is_cjk
from gonghui_build.text.names import NAME_TAGS as PERSON_TAGS
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import OrgType

#: ``等`` + a count of enterprises or units (等7家企业, 等10余家企业, 等多家高温作业企业,
#: 等辖区4家企业, 等12家单位, 等单位), or a count right after the last member (某某、
#: 某某3家单位获得团体奖): contest and award reports close their lists of firms either way.
_CLOSING = re.compile(
    r"等[^、，,。；;：:\s“”]{0,8}?(?:企业|单位)"
    rf"|(?<={CJK})[\d一二三四五六七八九十两]+家(?:企业|单位)"
)
#: Tags of words that never stand in a firm's short name: verbs, prepositions,
#: adverbs, pronouns, numerals, measure words, conjunctions, particles, punctuation.
_NOT_IN_NAMES = ("v", "p", "d", "r", "m", "q", "c", "u", "w", "x", "f", "t")
#: How far left the previous ``、`` of a list is looked for (a member the grammar found
#: in full, 某某铝板带有限公司, may be long), and what ends the list before it.
_LIST_REACH = 30
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")
#: The longest short name read (a brand and a trade: 四字 + 三字).
_MAX_LENGTH = 10


def listed_firms(text: str, spans: list[OrgSpan], tokens: list[Token]) -> list[OrgSpan]:
    """The members of each ``A、B等N家企业`` list that no name found covers, as
    company spans (their suffix empty: the page prints none)."""
    out: list[OrgSpan] = []
    for closing in _CLOSING.finditer(text):
        if not _counts_enterprises(closing.group()) or _after_deng(text, closing):
            continue
        for start, end in _members(text, closing.start(), tokens, spans):
            if any(s.start < end and start < s.end for s in spans):
                continue
            if _firm_name(text[start:end], start, tokens):
                parent = _glued_parent(start, spans)
                opening = parent.start if parent else start
                out.append(OrgSpan(opening, end, text[opening:end], "", OrgType.company))
    return out


def _glued_parent(start: int, spans: list[OrgSpan]) -> OrgSpan | None:
    """The company found right before a member, with nothing between (某港务物流有限公司|
    朱家桥集装箱码头等5个单位): the member is a unit of it, named with it, as a company's
    workshop or team printed after it is. Read on a tuning page's honours list (session
    52, orgs39)."""
    return next((s for s in spans if s.end == start and s.type == OrgType.company), None)


def without_parents_of_firms(spans: list[OrgSpan], firms: list[OrgSpan]) -> list[OrgSpan]:
    """``spans`` but for a company a listed firm opens with (:func:`_glued_parent`): the
    page names the unit there, not the company on its own."""
    return [s for s in spans if not any(f.start == s.start and f.end > s.end for f in firms)]


def _after_deng(text: str, closing: re.Match[str]) -> bool:
    """A count without 等 that closes no list: one of a closing with 等 (等辖区|4家企业,
    read once, from its 等), or a count after a single name (某县一家企业: a place)."""
    if closing.group().startswith("等"):
        return False
    clause = text[max(0, closing.start() - _LIST_REACH) : closing.start()]
    clause = _CLAUSE_END.split(clause)[-1]
    return "等" in clause or "、" not in clause


def _counts_enterprises(closing: str) -> bool:
    """等…企业 (单位) closes a list of enterprises when a count lies between (等7家企业,
    等多家高温作业企业, 等辖区4家企业) or nothing (等单位), not 等各类企业."""
    return "家" in closing or "个" in closing or len(closing) == 3


def _members(
    text: str, end: int, tokens: list[Token], spans: list[OrgSpan]
) -> list[tuple[int, int]]:
    """(start, end) of each member of the list that ends at ``end``, last first: each
    member set off by ``、`` on its left whole, the first as far left as its words can
    stand in a name, but not into a name found (``spans``)."""
    out: list[tuple[int, int]] = []
    while end > 0:
        separator = text.rfind("、", max(0, end - _LIST_REACH), end)
        if separator >= 0 and not _CLAUSE_END.search(text, separator, end):
            out.append((separator + 1, end))  # a name the grammar found may be longer
            end = separator
            continue
        start = _name_start(end, tokens, {s.end for s in spans})
        if start is not None and start < end:
            out.append((start, end))
        break
    return out


def _name_start(end: int, tokens: list[Token], names_end: set[int]) -> int | None:
    """Where the first member ending at ``end`` starts: the run of words before it that
    can stand in a name (a brand jieba splits into characters included), at most
    ``_MAX_LENGTH`` characters, and none before the end of a name found (``names_end``)."""
    before = [t for t in tokens if t.end <= end]
    if not before or before[-1].end != end:
        return None
    start = end
    for t in reversed(before):
        stops = t.tag != "vn" and t.tag.startswith(_NOT_IN_NAMES)
        stops = stops and (len(t.word) > 1 or t.tag[0] not in "va")
        if stops or end - t.start > _MAX_LENGTH or t.end in names_end:
            break
        start = t.start
    return start


def _firm_name(name: str, start: int, tokens: list[Token]) -> bool:
    """A member names one firm: Chinese characters only, no suffix the grammar reads
    (it judged those), no household (``household_endings``), no division by its full
    name (the districts a list of firms lies in), not opening with a
    generic word nor ending with a person's name (jieba's tag), and a particular word
    in it or a brand jieba splits into single characters (旺|成|新材料)."""
    if (
        not 3 <= len(name) <= _MAX_LENGTH
        or not all(is_cjk(c) for c in name)
        or suffix_of(name) is not None
        or words("household_endings").ending(name)  # 某某养殖户: a household
        or places.by_full_name(name)  # 深入甲区、乙区12家企业: where the firms are
    ):
        return False
    inside = [t for t in tokens if t.start >= start and t.end <= start + len(name)]
    generic = words("generic_bodies")
    if not inside or inside[0].word in generic or inside[-1].tag in PERSON_TAGS:
        return False  # 各类|…, or a person listed before 等企业职工 (某某、某某某等企业职工)
    split_brand = len(inside[0].word) == 1 and len(inside) > 2
    return split_brand or has_particular_word(inside)
