"""Organisations printed by a short name that has no suffix of the grammar's.

* A place's federation by its usual short form: ``省总``, ``市总``, ``县总``, ``区总``, and
  a place's full name before it (``某某市总``): the level word, then 总, read as that
  level's 总工会 (``reference/org_suffixes.yaml``: ``federation_short``).
* A form of the gazetteer (``reference/organisations.yaml``: 全总, 全总女职工部) printed
  as whole words.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import (
    area_bodies,
    is_platform,
    suffix_of,
    suffix_types,
    words,
)
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.organisations.units import post_after, unit_after
from gonghui_build.reference import Words
from gonghui_build.text import gazetteer, places
from gonghui_build.text.tokenizer import Token, occurrences
from gonghui_build.vocabulary import OrgType

#: A gazetteer form of this many characters or fewer may be part of another word.
_SHORT_FORM_MAX = 3


@functools.cache
def _federation_short_re() -> re.Pattern[str]:
    levels = "".join(words("federation_short_levels"))
    short = words("federation_short").words[0]
    after = "".join(words("federation_short_not_after"))
    before = "".join(words("federation_short_not_before"))
    return re.compile(f"(?<![{after}])[{levels}]{short}(?![{before}])")


def federation_short_form(written: str) -> str | None:
    """``市总`` → ``市总工会``, ``某某市总`` → ``某某市总工会``: the federation a short
    form names, or None when ``written`` is none."""
    match = _federation_short_re().search(written)
    if match is None or match.end() != len(written):
        return None
    body = written[: match.start()]
    if body and not places.lookup(body + written[match.start()]):
        return None
    return written + words("federation_suffix").words[0][1:]


def federation_short_opening(written: str) -> str | None:
    """``市总办公室`` → ``市总工会办公室``, ``市总新闻宣传中心`` → ``市总工会新闻宣传中心``: a
    department or unit of a federation printed after its bare short form (the level word
    and 总, as a city union's credit lines print it), or None when ``written`` opens with
    none or has no suffix after it."""
    match = _federation_short_re().match(written)
    if match is None or match.end() == len(written) or suffix_of(written[match.end() :]) is None:
        return None
    return written[: match.end()] + words("federation_suffix").words[0][1:] + written[match.end() :]


def _short_federations(text: str) -> list[OrgSpan]:
    """省总, 市总, 某某市总 in ``text``: a level word and 总 standing alone, or after the
    full name of a place of that level."""
    matches = list(_federation_short_re().finditer(text))
    if not matches:  # most paragraphs: no place lookup for them
        return []
    full = [m for m in places.find_places(text) if m.full]
    out = []
    for match in matches:
        start = match.start()
        level_end = match.start() + 1
        place = next((m for m in full if m.end == level_end), None)
        if place is not None:
            start = place.start
        elif text[start - 1 : start] and not _stands_apart(text, start):
            continue
        written = text[start : match.end()]
        out.append(OrgSpan(start, match.end(), written, written, OrgType.union_federation))
    return out


def _stands_apart(text: str, start: int) -> bool:
    """A bare level word opens a phrase: after punctuation or a function word
    (``short_form_openers``: 听取了|市总…) rather than inside a name (北京|市总 is the
    capital's, read by the gazetteer)."""
    return not text[start - 1].isalnum() or text[start - 1] in words("short_form_openers")


def _gazetteer_names(text: str, tokens: list[Token]) -> list[OrgSpan]:
    """The gazetteer's forms printed in ``text`` (全总, 全总女职工部), longest first,
    where they start a word, and a short one (全总) where it ends one too (no 全总
    inside 安全总监) or where a body inside it follows (教育部党组|成员: jieba joins a
    ministry to its Party group); a group's short name before 报 or 新闻网 names its
    paper."""
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    inner = lexicon.words("titles.yaml", "inner_bodies")
    return [
        OrgSpan(m.start, m.end, m.text, m.text, OrgType(m.body.type))
        for m in gazetteer.find_bodies(text)
        if m.start in starts
        and (m.end in ends or len(m.text) > _SHORT_FORM_MAX or _before_its_group(text, m, inner))
        and (not is_platform(m.body) or _employs(text, m, tokens))
        and not (m.text in m.body.short and words("media_after_brand").starting(text, m.end))
    ]


def _before_its_group(text: str, m: gazetteer.BodyMention, inner: Words) -> bool:
    """教育部党组|成员: a body of the state or the Party (a ministry) printed right before
    an inner body of its own (``titles.yaml`` inner_bodies: 党组, 党委), which jieba reads
    into one word with it; a union's short form before its committees (经审) is not, but
    a federation's is before its secretariat (全|总书记|处: ``federation_secretariats``)."""
    kinds = (OrgType.government, OrgType.party_body)
    if OrgType(m.body.type) == OrgType.union_federation:
        return words("federation_secretariats").starting(text, m.end) is not None
    return OrgType(m.body.type) in kinds and inner.starting(text, m.end) is not None


def _employs(text: str, m: gazetteer.BodyMention, tokens: list[Token]) -> bool:
    """A platform's brand printed as an employer: before a rider, a driver or another
    occupation (某平台骑手), or before one of its outlets (某平台某某站点); a brand in
    any other sentence (某平台的订单) names a service, not a body."""
    people = lexicon.words("titles.yaml", "person_nouns")
    if people.starting(text, m.end) or post_after(text, m.end, tokens):
        return True
    span = OrgSpan(m.start, m.end, m.text, m.text, OrgType(m.body.type))
    return unit_after(text, span, tokens) is not None


def short_names(text: str, spans: list[OrgSpan], tokens: list[Token]) -> list[OrgSpan]:
    """The short names of ``text`` that none of the names found (``spans``) covers.

    Their ``suffix`` is the short name itself: they have none of the grammar's, and are
    mentions only (no title is read at them)."""
    out: list[OrgSpan] = []
    for found in _gazetteer_names(text, tokens) + _short_federations(text):
        if not any(s.start < found.end and found.start < s.end for s in [*spans, *out]):
            out.append(found)
    return sorted(out, key=lambda s: s.start)


def referred_generic_forms(
    text: str, offset: int, spans: list[OrgSpan], earlier: list[tuple[int, str]]
) -> list[OrgSpan]:
    """``spans`` with the short forms of ``text`` that repeat the end of a full name the
    article printed before (at article offset ``offset`` on): 园区总工会 after
    某某工业园区总工会, 地区总工会 after 某区某某地区总工会. Their body is a word for a kind
    of area (``generic_bodies``' areas), so alone they name a kind of body and the grammar
    drops them; after the full name they are that body's short form. Not after a determiner
    (各园区总工会), nor inside a longer name found; a shorter name found inside one (the
    bare 总工会 left of a dropped 园区) gives way to it."""
    added: list[OrgSpan] = []
    for short, (suffix, first) in _generic_tails(earlier).items():
        for at in occurrences(text, short):
            end = at + len(short)
            if offset + at <= first or words("determiners").ending(text[:at]):
                continue
            if any(s.start <= at and end <= s.end for s in [*spans, *added]):
                continue
            added.append(OrgSpan(at, end, short, suffix, suffix_types()[suffix]))
    if not added:
        return spans
    kept = [s for s in spans if not any(a.start <= s.start and s.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda s: s.start)


def _generic_tails(earlier: list[tuple[int, str]]) -> dict[str, tuple[str, int]]:
    """short form → (suffix, offset of the first full name it ends) for each generic
    word and suffix that end a longer name printed in the article."""
    out: dict[str, tuple[str, int]] = {}
    for pos, name in earlier:
        suffix = suffix_of(name)
        body = name[: -len(suffix)] if suffix else ""
        for generic in area_bodies():
            if body.endswith(generic) and len(body) > len(generic):
                out.setdefault(generic + suffix, (suffix, pos))
    return out


def short_name_before_title(
    text: str, seg_start: int, title_start: int, match: re.Match[str], tokens: list[Token]
) -> OrgSpan | None:
    """``全总党组书记``, ``市总党组书记``, ``省总女职委主任``: a body's short name with no
    suffix (全总, 市总, 某某市总) right before a title, within the chain's segment, is
    the body the title is held at; the grammar reads no name there, having no suffix."""
    if match.group("union"):
        return None  # 市总|工会主席 is no shape of these: 市总工会 is read whole
    found = [s for s in short_names(text, [], tokens) if s.end == title_start]
    return next((s for s in found if s.start >= seg_start), None)
