"""Bodies listed bare after one named with its area: ``区总工会联合区司法局、妇联、法院``.

A report of a joint action names its first body with its area (区司法局, 某市人社局) and
the others of the same level bare (妇联, 法院, 交通运输局): every county, district and
city has them (``level_bodies``: the people's organisations, the court, the
procuratorate, the congress and the CPPCC) or they are a bureau of a field (交通运输局,
人社局). The list's first body gives the area the others share, as a reader reads it.
A body printed bare outside such a list (法院系统, 妇联主席) is left to the grammar.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import org_type, suffix_of, words
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.text import places
from gonghui_build.text.tokenizer import Token, token_at
from gonghui_build.vocabulary import OrgType

#: Bodies whose area is shared: the state's and the Party's bodies and the people's
#: organisations of a level (``level_bodies``), not a company, a school or a hospital
#: that opens with a place (北京协和医院与法院: no court of Beijing's).
_HEAD_TYPES = (OrgType.government, OrgType.union_federation, OrgType.party_body)
#: The suffixes of a field's bureau printed bare (交通运输局, 卫健委): no place in it.
_BUREAU_TYPES = (OrgType.government,)
#: The tags of the words after a list's last body that end the list: a verb, a
#: preposition, an adverb, a conjunction, a particle, an attribute (主办|的, 共同|承办).
_AFTER_LAST = ("v", "p", "d", "c", "u", "b")
_LIST_ENDS = "，,。；;：:\n）)"


def _area_of(span: OrgSpan, tokens: list[Token]) -> str:
    """The area ``span``'s name opens with: its places (武汉市江岸区, 宜都市), or the level
    word a district's or a city's body is printed with (区|司法局, 市|总工会); empty if
    none (交通运输局, 市场监管局: 市场 is no level)."""
    inside = [t for t in tokens if span.start <= t.start and t.end <= span.end]
    area = ""
    for t in inside[:-1]:
        if t.start != span.start + len(area):
            break
        if not area and t.word in words("place_markers"):
            return t.word
        if places.by_full_name(t.word) or lexicon.places().district(t.word) is not None:
            area += t.word
            continue
        break
    return area


def _bare_body(text: str, pos: int, spans: list[OrgSpan], tokens: list[Token]) -> tuple[int, str]:
    """(end, name) of the bare body listed at ``pos``: a level's body (妇联, 法院, 人社局)
    or a field's bureau the grammar found with no area of its own; (pos, "") if none."""
    for span in spans:
        if span.start != pos or span.type not in _BUREAU_TYPES or _area_of(span, tokens):
            continue
        if not words("place_markers").starting(span.written):  # 市工|信局: jieba's cut
            inside = [t for t in tokens if span.start <= t.start and t.end <= span.end]
            if not any(t.tag == "ns" for t in inside) and suffix_of(span.written) != span.written:
                return span.end, span.written
    word = words("level_bodies").starting(text, pos) or words("suffix_forms").starting(text, pos)
    if word is None:
        return pos, ""
    end = pos + len(word)
    if token_at(tokens, pos) is None or not any(t.end == end for t in tokens):
        return pos, ""
    return end, word


def _ends_list(text: str, end: int, tokens: list[Token]) -> bool:
    """The list's last body ends at ``end``: punctuation or a word that is no part of a
    name follows (法院|签署, 交通运输局|主办), not a noun (法院|系统, 妇联|主席)."""
    if end >= len(text) or text[end] in _LIST_ENDS:
        return True
    after = token_at(tokens, end)
    return after is not None and after.tag.startswith(_AFTER_LAST)


def _listed_after(
    text: str, head: OrgSpan, spans: list[OrgSpan], tokens: list[Token]
) -> list[OrgSpan]:
    """The bare bodies listed after ``head``, each named with ``head``'s area."""
    level_body = words("level_bodies").ending(head.written) is not None
    area = _area_of(head, tokens) if head.type in _HEAD_TYPES or level_body else ""
    if not area:
        return []
    pos = head.end
    joiner = words("level_body_joiners").starting(text, pos)
    pos += len(joiner) if joiner else 1
    if not joiner and not text.startswith("、", head.end):
        return []
    out: list[OrgSpan] = []
    while True:
        end, name = _bare_body(text, pos, spans, tokens)
        if not name:
            return out
        written = area + name
        if text.startswith("、", end):
            out.append(OrgSpan(pos, end, written, suffix_of(written) or name, org_type(written)))
            pos = end + 1
            continue
        if _ends_list(text, end, tokens):
            out.append(OrgSpan(pos, end, written, suffix_of(written) or name, org_type(written)))
        return out


def with_level_bodies(text: str, spans: list[OrgSpan], tokens: list[Token]) -> list[OrgSpan]:
    """``spans`` with each bare body listed after a body named with its area taken as
    that area's (妇联 → 区妇联); a bureau the grammar found bare (交通运输局) is replaced."""
    listed: list[OrgSpan] = []
    for head in spans:
        listed += [s for s in _listed_after(text, head, spans, tokens) if s not in listed]
    if not listed:
        return spans
    starts = {s.start for s in listed}
    kept = [s for s in spans if s.start not in starts]
    return sorted(kept + listed, key=lambda s: (s.start, s.end))
